package org.verbatim.project;

import java.util.List;
import org.verbatim.model.analysis.Correction;
import org.verbatim.model.analysis.Unit;

/**
 * What a cross-tab shows. Rows are {@code codes} (paths; empty means every code, in tree
 * order), each with its sub-codes unless {@code withSubcodes} is false. Columns are the values
 * of the attribute {@code by} — {@code city}, or {@code participant:city} / {@code document:city}
 * when both have one — optionally grouped into numeric {@code bands} ({@code 18-24}, {@code 30+});
 * or, when {@code byCodes} is given instead, those codes. {@code test} asks for a test of
 * independence (attribute columns only): counting participants or documents, a test per code,
 * its p-values corrected by {@code correction} (Holm when null), and the test of the whole table.
 */
public record CrossTabRequest(SegmentFilter filter, List<String> codes, boolean withSubcodes, String by,
                              List<String> bands, List<String> byCodes, Unit unit, boolean test,
                              Correction correction) {
    public CrossTabRequest(SegmentFilter filter, List<String> codes, boolean withSubcodes, String by,
                           List<String> bands, List<String> byCodes, Unit unit, boolean test) {
        this(filter, codes, withSubcodes, by, bands, byCodes, unit, test, Correction.HOLM);
    }

    public CrossTabRequest {
        correction = correction == null ? Correction.HOLM : correction;
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
