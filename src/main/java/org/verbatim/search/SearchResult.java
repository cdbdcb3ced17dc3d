package org.verbatim.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found: every hit counted ({@code total}) in {@code turns} matching turns, the
 * first hits in the asked order, and for each asked attribute the hits and turns per value.
 */
public record SearchResult(long total, long turns, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        // In the order asked for, which Map.copyOf would not keep.
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
