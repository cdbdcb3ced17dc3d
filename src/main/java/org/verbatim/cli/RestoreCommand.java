package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.BackupRestore;
import org.verbatim.project.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", description = {
    "Restore a backup into a new project folder: a file made by 'verbatim backup --out', or one of PROJECT/backups/.",
    "DEST must not exist or be empty; the project the backup was made of is not touched."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip).")
    Path file;

    @Parameters(index = "1", paramLabel = "DEST", description = "The new project folder (NAME.verbatim).")
    Path dest;

    @Override
    public Integer call() {
        BackupRestore.Restored r = Backups.restore(file, dest);
        spec.commandLine().getOut().println("Restored " + r.manifest().project() + " as backed up on " + r.manifest().created()
                + " (database and " + r.originals() + " originals) into " + r.folder()
                + "; the search index is rebuilt on the first search. Check it with: verbatim check " + dest);
        return 0;
    }
}
