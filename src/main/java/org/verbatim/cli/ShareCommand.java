package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import org.verbatim.project.TeamProjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "share", description = "Copy a project into an empty PostgreSQL database and make its folder that"
        + " team project's folder; the project file is kept as " + TeamProjects.SHARED_BACKUP + ".")
final class ShareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim).")
    Path folder;

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "postgresql://HOST:PORT/DATABASE: an empty database.")
    String server;

    @Option(names = "--user", paramLabel = "NAME",
            description = "The database user (default: the user in the URL, else your OS user name).")
    String user;

    @Override
    public Integer call() {
        try (Project p = TeamProjects.share(folder, server, user, null)) {
            spec.commandLine().getOut().println("Shared " + p.name() + " to " + TeamProjects.describe(p.folder())
                    + "; the project file is kept as " + p.folder().resolve(TeamProjects.SHARED_BACKUP)
                    + " until you delete it");
        }
        return 0;
    }
}
