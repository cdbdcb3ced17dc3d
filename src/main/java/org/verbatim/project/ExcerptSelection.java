package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * Which coded excerpts an export takes: several codes at once (each with its sub-codes; none:
 * every code), attribute filters with the rules of {@link SegmentFilter#where()}, any of several
 * coders and documents (none: all). A segment under two chosen codes is taken once.
 */
public record ExcerptSelection(List<String> codes, Map<String, List<String>> where, List<String> coders,
                               List<String> documents) {
    public static final ExcerptSelection ALL = new ExcerptSelection(List.of(), Map.of(), List.of(), List.of());

    public ExcerptSelection {
        codes = codes == null ? List.of() : List.copyOf(codes);
        where = where == null ? Map.of() : Map.copyOf(where);
        coders = coders == null ? List.of() : List.copyOf(coders);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The same segments as {@code filter} selects. */
    public static ExcerptSelection of(SegmentFilter filter) {
        return new ExcerptSelection(filter.code() == null ? List.of() : List.of(filter.code()), filter.where(),
                filter.coder() == null ? List.of() : List.of(filter.coder()), filter.documents());
    }
}
