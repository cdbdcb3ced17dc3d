package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * A full-text search: {@code query} in Lucene's syntax (see docs/search.md), attribute filters
 * ({@code where}: name to accepted values, as for segments), an optional code path whose
 * turns (with its sub-codes') to keep, how many hits to return, characters of context on each
 * side, the order, the attributes to count hits and turns by, and the one document to search
 * ({@code documentId}; null: every document).
 */
public record SearchQuery(String query, Map<String, List<String>> where, String code, int limit, int context,
                          Order order, List<String> facets, Long documentId) {
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

    /** A search of every document. */
    public SearchQuery(String query, Map<String, List<String>> where, String code, int limit, int context, Order order,
                       List<String> facets) {
        this(query, where, code, limit, context, order, facets, null);
    }

    /** A query with no filters, the default limit and context, most relevant first. */
    public static SearchQuery of(String query) {
        return new SearchQuery(query, Map.of(), null, DEFAULT_LIMIT, DEFAULT_CONTEXT, Order.RELEVANCE, List.of());
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(query, where, code, newLimit, context, order, facets, documentId);
    }

    /** The same search within one document only. */
    public SearchQuery inDocument(long id) {
        return new SearchQuery(query, where, code, limit, context, order, facets, id);
    }
}
