package org.verbatim.project;

import java.util.List;

/**
 * What a report holds: {@code codes} (paths; empty means the top-level codes, a study's main
 * themes), compared by the attribute {@code by} (blank: everyone in one group) with optional
 * numeric {@code bands}, among the segments that pass {@code filter}, with at most {@code quotes}
 * quotes per group — the marked ones, else the most typical.
 */
public record ReportRequest(List<String> codes, String by, List<String> bands, SegmentFilter filter, int quotes) {
    public static final int DEFAULT_QUOTES = 2;

    public ReportRequest {
        codes = codes == null ? List.of() : List.copyOf(codes);
        bands = bands == null ? List.of() : List.copyOf(bands);
        filter = filter == null ? SegmentFilter.ALL : filter;
        if (quotes < 0) {
            throw new ProjectException("The number of quotes per group must be 0 or more, not " + quotes);
        }
    }
}
