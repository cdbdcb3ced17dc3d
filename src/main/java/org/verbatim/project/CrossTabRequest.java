package org.verbatim.project;

import java.util.List;
import org.verbatim.model.analysis.Unit;

/**
 * What a cross-tab shows. Rows are {@code codes} (paths; empty means every code, in tree
 * order), each with its sub-codes unless {@code withSubcodes} is false. Columns are the values
 * of the attribute {@code by} — {@code city}, or {@code participant:city} / {@code document:city}
 * when both have one — optionally grouped into numeric {@code bands} ({@code 18-24}, {@code 30+});
 * or, when {@code byCodes} is given instead, those codes. {@code test} asks for a test of
 * independence (attribute columns only).
 */
public record CrossTabRequest(SegmentFilter filter, List<String> codes, boolean withSubcodes, String by,
                              List<String> bands, List<String> byCodes, Unit unit, boolean test) {
    public CrossTabRequest {
        filter = filter == null ? SegmentFilter.ALL : filter;
        codes = codes == null ? List.of() : List.copyOf(codes);
        bands = bands == null ? List.of() : List.copyOf(bands);
        byCodes = byCodes == null ? List.of() : List.copyOf(byCodes);
        unit = unit == null ? Unit.SEGMENTS : unit;
    }

    /** Codes by the values of an attribute, counting {@code unit}, with or without a test. */
    public static CrossTabRequest byAttribute(String attribute, Unit unit, boolean test) {
        return new CrossTabRequest(SegmentFilter.ALL, List.of(), true, attribute, List.of(), List.of(), unit, test);
    }
}
