package org.verbatim.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search: the query in Lucene's syntax, attribute filters ({@code where}: name to
 * accepted values — values of one attribute are alternatives, attributes combine with AND),
 * an optional code filter (ids of a code and its sub-codes; null for none), how many hits to
 * return, how many characters of context on each side, the order, and the attributes to count
 * hits and turns by, and the one document to search (null: every document).
 *
 * @param attributeNames the attributes that exist, so a query can name them as fields
 * @param numericAttributes those of them whose values are integers or decimals, compared as numbers in ranges
 * @param codes          resolves {@code code:} paths written in the query
 */
public record SearchRequest(String query, Map<String, List<String>> where, Set<Long> codeIds, int limit, int context,
                            Order order, List<String> facets, List<String> attributeNames, Set<String> numericAttributes,
                            CodeResolver codes, Long documentId) {

    /** Relevance first (the default), or as hits occur in the corpus: by document name, turn, offset. */
    public enum Order { RELEVANCE, DOCUMENT }

    public SearchRequest {
        where = Map.copyOf(where);
        codeIds = codeIds == null ? null : Set.copyOf(codeIds);
        facets = List.copyOf(facets);
        attributeNames = List.copyOf(attributeNames);
        numericAttributes = Set.copyOf(numericAttributes);
        if (limit < 0 || context < 0) {
            throw new IllegalArgumentException("limit and context cannot be negative");
        }
    }
}
