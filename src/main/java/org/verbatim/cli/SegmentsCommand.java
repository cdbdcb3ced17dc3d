package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "segments", description = "List coded segments, filtered by code (with sub-codes), attributes, coder, documents.")
final class SegmentsCommand extends ProjectCommand {
    @Mixin
    SegmentFilterOptions filter;

    @Mixin
    FormatOption format;

    /** A segment's first columns, shared by the listings of segments: which it is and where. */
    static Map<String, Object> where(SegmentView s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("document", s.document());
        row.put("code", s.code());
        row.put("start", s.start());
        row.put("end", s.end());
        row.put("coder", s.coder());
        return row;
    }

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SegmentView s : p.segments(filter.toFilter())) {
                Map<String, Object> row = where(s);
                row.put("participants", s.participants());
                row.put("text", s.text());
                row.put("memo", s.memo());
                rows.add(row);
            }
            format.print(out(), rows, null);
        }
        return 0;
    }

    /** The segment filter options of segments: one code, one coder (export excerpts takes several of each). */
    static final class SegmentFilterOptions {
        @Option(names = "--code", paramLabel = "PATH", description = "Only this code and its sub-codes.")
        String code;

        @Mixin
        WhereOption where;

        @Option(names = "--coder", paramLabel = "NAME", description = "Only this coder's segments.")
        String coder;

        @Option(names = "--document", paramLabel = "DOC", description = "Only these documents (repeatable).")
        List<String> documents = new ArrayList<>();

        SegmentFilter toFilter() {
            return new SegmentFilter(code, where.parsed(), coder, documents);
        }
    }
}
