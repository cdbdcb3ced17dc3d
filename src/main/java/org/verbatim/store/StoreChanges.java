package org.verbatim.store;

import java.util.Set;

/**
 * What was committed after some generation, merged: the documents whose indexed data changed,
 * or everything. {@code complete} is false when the store no longer knows every change since
 * then (the reader must then rebuild what it derives from the store).
 *
 * @param generation the store's generation these changes bring the reader up to
 */
public record StoreChanges(long generation, boolean complete, boolean everything, Set<Long> documents) {
    static StoreChanges unknown(long generation) {
        return new StoreChanges(generation, false, true, Set.of());
    }
}
