package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.CodingResult;
import org.verbatim.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "code", description = {
    "Code a passage of a document, given by offsets (--range START:END) or by its exact words (--quote).",
    "The code is created, with its parents, when it does not exist yet."})
final class CodeCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code, e.g. \"China/Partner\".")
    String code;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Passage passage;

    static final class Passage {
        @Option(names = "--range", paramLabel = "START:END", description = "Offsets [START, END) in the document text.")
        String range;

        @Option(names = "--quote", paramLabel = "TEXT", description = "The exact words to code.")
        String quote;
    }

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of a repeated quote (1 = first).")
    Integer occurrence;

    @Option(names = "--coder", paramLabel = "NAME", description = "Who codes (default: your user name).")
    String coder;

    @Option(names = "--memo", paramLabel = "TEXT", description = "A memo on the segment.")
    String memo;

    @Override
    public Integer call() {
        Integer start = null;
        Integer end = null;
        if (passage.range != null) {
            String[] parts = passage.range.split(":");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                start = Integer.parseInt(parts[0].strip());
                end = Integer.parseInt(parts[1].strip());
            } catch (NumberFormatException e) {
                throw new CliException("--range takes START:END, two whole numbers, not '" + passage.range + "'");
            }
        }
        PrintWriter out = out();
        try (Project p = project.open()) {
            CodingResult r = p.code(new CodingRequest(document, code, start, end, passage.quote, occurrence, coder, memo));
            for (String created : r.createdCodes()) {
                out.println("Created code " + created);
            }
            var s = r.segment();
            out.println("Segment " + s.id() + ": " + s.document() + " [" + s.start() + "," + s.end() + ") coded "
                    + s.code() + " by " + s.coder()
                    + (s.participants().isEmpty() ? "" : " (participants: " + String.join(", ", s.participants()) + ")"));
        }
        return 0;
    }
}
