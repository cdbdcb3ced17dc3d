package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "codings", description = {
    "Code a project from a quote-based CSV: one segment per row, given by its exact words.",
    "Columns: document, code (a path with '/'), quote, and optionally occurrence (which occurrence of a repeated quote, 1 = first), coder, memo.",
    "A quote not found or a code not in the codebook refuses the whole file; rows already coded the same way are not coded twice."})
final class CodingsCommand extends ProjectCommand {
    @Option(names = "--import", required = true, paramLabel = "codings.csv", description = "The CSV to code from.")
    Path csv;

    @Option(names = "--coder", paramLabel = "NAME",
            description = "Who codes the rows without a coder (default: your user name).")
    String coder;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            var r = p.importCodings(csv, coder);
            out().println("Coded " + count(r.created(), "segment") + " from " + csv.getFileName()
                    + (r.alreadyCoded() > 0 ? "; " + count(r.alreadyCoded(), "row") + " already coded" : "")
                    + (r.skipped() > 0 ? "; " + count(r.skipped(), "row") + " skipped, their documents are not in this "
                            + "project: " + String.join(", ", r.unknownDocuments()) : ""));
        }
        return 0;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
