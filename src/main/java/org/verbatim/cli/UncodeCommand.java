package org.verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "uncode", description = "Remove segments by id (see: verbatim segments).")
final class UncodeCommand extends ProjectCommand {
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SEGMENT", description = "Segment ids.")
    List<Long> ids = new ArrayList<>();

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            for (long id : ids) {
                var s = p.uncode(id);
                out().println("Removed segment " + id + ": " + s.document() + " [" + s.start() + ","
                        + s.end() + ") " + s.code());
            }
        }
        return 0;
    }
}
