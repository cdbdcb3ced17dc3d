package org.verbatim.cli;

import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remove", description = "Remove a document with its turns, segments and memos.")
final class RemoveCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            int segments = p.removeDocument(document);
            out().println("Removed " + document + " and its " + segments + " segments");
        }
        return 0;
    }
}
