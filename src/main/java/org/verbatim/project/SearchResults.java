package org.verbatim.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search found: {@code total} hits in {@code turns} turns, the first hits in the asked
 * order, and hits and turns per value of each asked attribute.
 */
public record SearchResults(long total, long turns, List<HitView> hits, Map<String, List<FacetView>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        // In the order asked for, which Map.copyOf would not keep.
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}
