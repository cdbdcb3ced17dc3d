package org.verbatim.analysis;

import java.util.List;
import java.util.Map;

/**
 * Which segments an analysis counts. {@code where} maps an attribute name to accepted values
 * (compared ignoring case): values of one attribute are alternatives, and every attribute must
 * match, each on the segment's document or on one and the same of its participants.
 * {@code documents} are document names. Null or empty fields do not filter.
 */
public record AnalysisFilter(Map<String, List<String>> where, String coder, List<String> documents) {
    public static final AnalysisFilter ALL = new AnalysisFilter(Map.of(), null, List.of());

    public AnalysisFilter {
        where = where == null ? Map.of() : Map.copyOf(where);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
