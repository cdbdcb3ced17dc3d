package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * A full-text search: {@code query} in Lucene's syntax (see docs/search.md), attribute filters
 * ({@code where}: name to accepted values, as for segments), an optional code path whose
 * turns (with its sub-codes') to keep, how many hits to return, characters of context on each
 * side, the order, and the attributes to count hits and turns by.
 */
public record SearchQuery(String query, Map<String, List<String>> where, String code, int limit, int context,
                          Order order, List<String> facets) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int DEFAULT_CONTEXT = 40;

    /** Most relevant first, or as the hits occur in the corpus (documents by name, then turn, then offset). */
    public enum Order { RELEVANCE, DOCUMENT }

    public SearchQuery {
        where = where == null ? Map.of() : Map.copyOf(where);
        facets = facets == null ? List.of() : List.copyOf(facets);
        order = order == null ? Order.RELEVANCE : order;
        if (limit < 0) {
            throw new ProjectException("The number of hits to show cannot be negative (" + limit + ")");
        }
        if (context < 0) {
            throw new ProjectException("The characters of context cannot be negative (" + context + ")");
        }
    }

    /** A query with no filters, the default limit and context, most relevant first. */
    public static SearchQuery of(String query) {
        return new SearchQuery(query, Map.of(), null, DEFAULT_LIMIT, DEFAULT_CONTEXT, Order.RELEVANCE, List.of());
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(query, where, code, newLimit, context, order, facets);
    }
}
