package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * Which segments to list or export. {@code code} (a path) includes its sub-codes; {@code where}
 * maps an attribute name to accepted values — values of one attribute are alternatives, and
 * all attributes must match, each on the segment's document or on one and the same of its
 * participants. Null or empty fields do not filter.
 */
public record SegmentFilter(String code, Map<String, List<String>> where, String coder, List<String> documents) {
    public static final SegmentFilter ALL = new SegmentFilter(null, Map.of(), null, List.of());

    public SegmentFilter {
        where = where == null ? Map.of() : Map.copyOf(where);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static SegmentFilter ofCode(String code) {
        return new SegmentFilter(code, Map.of(), null, List.of());
    }
}
