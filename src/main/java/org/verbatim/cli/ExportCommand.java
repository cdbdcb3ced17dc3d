package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export data from a project.", subcommands = ExportCommand.Excerpts.class)
final class ExportCommand {

    @Command(name = "excerpts", description = {
        "Write coded excerpts as CSV: document, participants, their attributes, document attributes (doc_...),",
        "code path, text, start, end, coder, memo. Cells a spreadsheet would run as formulas are neutralised."})
    static final class Excerpts extends ProjectCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
        Path out;

        @Option(names = "--excel", description = "Start the file with a byte-order mark so Excel shows Cyrillic correctly.")
        boolean excel;

        @Mixin
        SegmentsCommand.SegmentFilterOptions filter;

        @Override
        public Integer call() {
            int n;
            try (Project p = project.open()) {
                n = p.exportExcerpts(out, filter.toFilter(), excel);
            }
            out().println("Wrote " + n + " excerpts to " + out);
            return 0;
        }
    }
}
