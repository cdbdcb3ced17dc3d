package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import org.verbatim.project.TeamProjects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "join", description = "Make a local folder for an existing team project on a PostgreSQL server and"
        + " build its search index.")
final class JoinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to make, e.g. study.verbatim.")
    Path folder;

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "postgresql://HOST:PORT/DATABASE of the team project.")
    String server;

    @Mixin
    ServerOptions who;

    @Override
    public Integer call() {
        try (Project p = TeamProjects.join(folder, server, who.user, who.coder, null)) {
            spec.commandLine().getOut().println("Joined " + TeamProjects.describe(p.folder()) + " in "
                    + p.folder().toAbsolutePath() + " (" + p.documents().size() + " documents)");
        }
        return 0;
    }
}
