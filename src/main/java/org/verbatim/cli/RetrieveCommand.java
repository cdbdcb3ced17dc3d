package org.verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.project.Project;
import org.verbatim.project.RetrievedSegment;
import org.verbatim.project.SegmentView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "retrieve", description = "Every segment of a code and its sub-codes, with its speakers,"
        + " participants and their attributes, and the text around it (--context characters before and after).")
final class RetrieveCommand extends ProjectCommand {
    @Option(names = "--code", required = true, paramLabel = "PATH", description = "The code (its sub-codes too).")
    String code;

    @Option(names = "--context", paramLabel = "N", defaultValue = "100",
            description = "Characters of text shown before and after each segment (default: ${DEFAULT-VALUE}).")
    int context;

    @Mixin
    AnalysisOptions.Filters filters;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        List<RetrievedSegment> found;
        try (Project p = project.open()) {
            found = p.retrieve(filters.filter(code), context);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RetrievedSegment r : found) {
            SegmentView s = r.segment();
            Map<String, Object> row = SegmentsCommand.where(s);
            row.put("speakers", r.speakers());
            row.put("participants", s.participants());
            row.put("attributes", s.participantAttributes());
            row.put("documentAttributes", s.documentAttributes());
            row.put("before", r.before());
            row.put("text", s.text());
            row.put("after", r.after());
            row.put("memo", s.memo());
            rows.add(row);
        }
        output.print(out(), new ReportOutput.Report(found.size() + " segments", rows, rows));
        return 0;
    }
}
