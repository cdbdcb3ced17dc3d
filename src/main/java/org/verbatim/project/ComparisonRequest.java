package org.verbatim.project;

import java.util.List;

/**
 * What a side-by-side comparison shows: {@code codes} (paths, each with its sub-codes), one
 * column per value of the attribute {@code by} ({@code city}, {@code participant:city},
 * {@code document:format}), optionally grouped into numeric {@code bands}; a blank {@code by}
 * puts everyone in one column. Only segments that pass {@code filter} count; each column lists
 * its passages in {@code order} with {@code context} characters of text on either side.
 */
public record ComparisonRequest(List<String> codes, String by, List<String> bands, SegmentFilter filter,
                                PassageOrder order, int context) {
    /** Characters of text shown before and after a passage unless asked otherwise. */
    public static final int DEFAULT_CONTEXT = 200;

    public ComparisonRequest {
        codes = codes == null ? List.of() : List.copyOf(codes);
        bands = bands == null ? List.of() : List.copyOf(bands);
        filter = filter == null ? SegmentFilter.ALL : filter;
        order = order == null ? PassageOrder.TYPICALITY : order;
    }

    public static ComparisonRequest of(List<String> codes, String by) {
        return new ComparisonRequest(codes, by, List.of(), SegmentFilter.ALL, PassageOrder.TYPICALITY, DEFAULT_CONTEXT);
    }

    /** Whether the columns are an attribute's values rather than one column of everyone. */
    public boolean byAttribute() {
        return by != null && !by.isBlank();
    }
}
