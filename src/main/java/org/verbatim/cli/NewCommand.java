package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import org.verbatim.project.RefiExchange;
import org.verbatim.project.RefiReport;
import org.verbatim.project.TeamProjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = {"Create a new, empty project folder; with --server, a team project in an empty",
    "PostgreSQL database; or (with --from) a project holding what a REFI-QDA project from NVivo,",
    "ATLAS.ti, MAXQDA or QualCoder holds.",
    "With --from: exit 0 when every coding of text came in, 1 when some could not be placed (listed)."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The folder to create, e.g. study.verbatim.")
    Path folder;

    @Option(names = "--from", paramLabel = "FILE.qdpx", description = "A REFI-QDA project (.qdpx, or a bare project.qde)"
            + " to fill the new project from. If it cannot be read, no project folder is left behind.")
    Path from;

    @Option(names = "--server", paramLabel = "URL",
            description = "postgresql://HOST:PORT/DATABASE: create a team project there (the database must be empty).")
    String server;

    @Mixin
    ServerOptions who;

    @Option(names = "--encrypt", description = "Encrypt the new project with a password, asked twice (or taken from"
            + " VERBATIM_PASSWORD). Without the password nothing in it can be recovered.")
    boolean encrypt;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (server == null && (who.user != null || who.coder != null)) {
            throw new CliException("--user and --coder go with --server (a team project)");
        }
        if (encrypt && (server != null || from != null)) {
            throw new CliException("--encrypt makes a new, empty project file; encrypt a project made --from a REFI-QDA"
                    + " project afterwards with: verbatim encrypt " + folder);
        }
        if (from != null) {
            if (server != null) {
                throw new CliException("--from makes a project file; share it with a team afterwards: verbatim share "
                        + folder + " --server " + server);
            }
            RefiReport report = RefiExchange.createProject(folder, from, new PrintedProgress(spec.commandLine().getErr()));
            out.println("Created project in " + folder.toAbsolutePath());
            report.lines(false).forEach(out::println);
            return report.complete() ? 0 : 1;
        }
        String password = encrypt ? PasswordSource.newPassword(folder, PasswordSource.PASSWORD) : null;
        try (Project p = server == null ? Project.create(folder, password)
                : TeamProjects.create(folder, server, who.user, who.coder, null)) {
            out.println("Created " + (server == null ? (encrypt ? "encrypted project " : "project ") : "team project ") + p.name()
                    + " in " + p.folder().toAbsolutePath()
                    + (server == null ? "" : " on " + TeamProjects.describe(p.folder())));
        }
        return 0;
    }
}
