package org.verbatim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.verbatim.project.BackupManifest;
import org.verbatim.project.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", description = {
    "Back up a project into one file (--out), set how many backups are kept on opening it (--keep),"
        + " or list those backups (no option).",
    "A backup holds the database and the originals exactly as stored (an encrypted project's backup is encrypted);"
        + " the search index is rebuilt after a restore. Restore one with: verbatim restore FILE NEW.verbatim"})
final class BackupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim).")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", description = "Write a backup of the project as it is now to FILE (a .zip).")
    Path out;

    @Option(names = "--keep", paramLabel = "N",
            description = "Keep the newest N backups in PROJECT/backups/, made when the project is opened (default "
                    + Backups.DEFAULT_KEPT + "; 0: make none).")
    Integer keep;

    @Mixin
    WaitOption waiting;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(folder.resolve("project.mv.db"))) {
            throw new CliException("No Verbatim project at " + folder + " (expected a folder NAME.verbatim with project.mv.db)");
        }
        Backups backups = new Backups(folder);
        if (keep != null) {
            backups.keep(keep);
            out.println("Keeps the newest " + keep + " backup" + (keep == 1 ? "" : "s") + " of " + folder.getFileName()
                    + " in " + Backups.folderOf(folder) + ", one made on opening it after changes");
        }
        if (this.out != null) {
            BackupManifest m = Backups.writeFile(folder, this.out, Duration.ofSeconds(Math.max(0, waiting.seconds)), notice -> {
                spec.commandLine().getErr().println(notice);
                spec.commandLine().getErr().flush();
            });
            out.println(String.format(Locale.ROOT, "Backed up %s (database and %d originals) to %s (%.1f MB)", m.project(),
                    m.originals(), this.out, Files.size(this.out) / 1e6));
        }
        if (keep == null && this.out == null) {
            List<Path> all = backups.list();
            if (all.isEmpty()) {
                out.println("No backups in " + Backups.folderOf(folder) + " yet: one is made on opening the project after"
                        + " it changed (the newest " + backups.kept() + " are kept)");
            }
            for (Path b : all) {
                out.println(String.format(Locale.ROOT, "%s  %.1f MB", b, Files.size(b) / 1e6));
            }
        }
        return 0;
    }
}
