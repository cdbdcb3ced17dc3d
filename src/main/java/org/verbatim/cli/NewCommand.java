package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = "Create a new, empty project folder.")
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The folder to create, e.g. study.verbatim.")
    Path folder;

    @Override
    public Integer call() {
        try (Project p = Project.create(folder)) {
            spec.commandLine().getOut().println("Created project " + p.name() + " in " + p.folder().toAbsolutePath());
        }
        return 0;
    }
}
