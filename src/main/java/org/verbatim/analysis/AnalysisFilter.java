package org.verbatim.analysis;

import java.util.List;
import java.util.Map;

/**
 * Which segments an analysis counts. {@code where} maps an attribute name to accepted values
 * (compared ignoring case): values of one attribute are alternatives, and every attribute must
 * match, each on the segment's document or on one and the same of its participants.
 * {@code documents} are document names. Null or empty fields do not filter.
 *
 * <p>Which coding counts: {@code coder} alone when given; else, in a document named in
 * {@code coderByDocument}, that coder alone; else every coder pooled, where a passage that an
 * earlier coder (in the order coders joined the project) already coded with the same code is
 * counted once. Only respondents count as participants unless {@code allRoles}.
 */
public record AnalysisFilter(Map<String, List<String>> where, String coder, List<String> documents,
                             Map<String, String> coderByDocument, boolean allRoles) {
    public static final AnalysisFilter ALL = new AnalysisFilter(Map.of(), null, List.of());

    public AnalysisFilter {
        where = where == null ? Map.of() : Map.copyOf(where);
        documents = documents == null ? List.of() : List.copyOf(documents);
        coderByDocument = coderByDocument == null ? Map.of() : Map.copyOf(coderByDocument);
    }

    public AnalysisFilter(Map<String, List<String>> where, String coder, List<String> documents) {
        this(where, coder, documents, Map.of(), false);
    }
}
