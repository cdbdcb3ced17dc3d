package org.verbatim.cli;

import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Remove a document with its turns, segments and memos.")
final class RemoveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArg project;

    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            int segments = p.removeDocument(document);
            spec.commandLine().getOut().println("Removed " + document + " and its " + segments + " segments");
        }
        return 0;
    }
}
