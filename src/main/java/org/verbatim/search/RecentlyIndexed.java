package org.verbatim.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index last wrote for the documents most recently replaced, so that replacing one of
 * them again rewrites only the turns that differ. On a team project every client replaces a
 * document for each change others commit to it, and a coding changes one turn of it: rewriting
 * all its turns each time kept every client busy while the team coded. Bounded by turns held,
 * so a long transcript is simply not remembered.
 */
final class RecentlyIndexed {
    private static final int MAX_TURNS = 50_000;

    private final LinkedHashMap<Long, List<IndexedTurn>> byDocument = new LinkedHashMap<>(16, 0.75f, true);
    private int turns;

    /** The turns last written for a document, or null when they are not remembered. */
    synchronized List<IndexedTurn> get(long documentId) {
        return byDocument.get(documentId);
    }

    synchronized void put(long documentId, List<IndexedTurn> written) {
        forget(documentId);
        if (written.size() > MAX_TURNS / 4) {
            return;
        }
        byDocument.put(documentId, List.copyOf(written));
        turns += written.size();
        var eldest = byDocument.entrySet().iterator();
        while (turns > MAX_TURNS && eldest.hasNext()) {
            turns -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized void forget(long documentId) {
        List<IndexedTurn> was = byDocument.remove(documentId);
        if (was != null) {
            turns -= was.size();
        }
    }

    synchronized void forgetAll() {
        byDocument.clear();
        turns = 0;
    }

    /** The positions where {@code now} differs from {@code was}, or null when the turns themselves differ (added, removed, renumbered). */
    static int[] changed(List<IndexedTurn> was, List<IndexedTurn> now) {
        if (was.size() != now.size()) {
            return null;
        }
        int[] changed = new int[now.size()];
        int n = 0;
        for (int i = 0; i < now.size(); i++) {
            if (was.get(i).number() != now.get(i).number()) {
                return null;
            }
            if (!was.get(i).equals(now.get(i))) {
                changed[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(changed, n);
    }
}
