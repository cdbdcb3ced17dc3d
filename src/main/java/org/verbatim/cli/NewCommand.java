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

@Command(name = "new", description = "Create a new, empty project folder; with --server, a team project in an empty"
        + " PostgreSQL database.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The folder to create, e.g. study.verbatim.")
    Path folder;

    @Option(names = "--server", paramLabel = "URL",
            description = "postgresql://HOST:PORT/DATABASE: create a team project there (the database must be empty).")
    String server;

    @Mixin
    ServerOptions who;

    @Override
    public Integer call() {
        if (server == null && (who.user != null || who.coder != null)) {
            throw new CliException("--user and --coder go with --server (a team project)");
        }
        try (Project p = server == null ? Project.create(folder)
                : TeamProjects.create(folder, server, who.user, who.coder, null)) {
            spec.commandLine().getOut().println("Created " + (server == null ? "project " : "team project ") + p.name()
                    + " in " + p.folder().toAbsolutePath()
                    + (server == null ? "" : " on " + TeamProjects.describe(p.folder())));
        }
        return 0;
    }
}
