package org.verbatim.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Where a query matches inside one turn: the spans of matched words, from the offsets kept
 * in the postings (no re-analysis of the text). Spans found in both the stemmed and the exact
 * field, or overlapping, are merged into one.
 */
final class TurnMatches {
    private TurnMatches() {
    }

    /** Merged {@code [start, end)} pairs within the turn's text, in order; empty when only filters matched. */
    static int[] spans(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
        Matches matches = weight.matches(leaf, doc);
        if (matches == null) {
            return new int[0];
        }
        long[] found = new long[8];
        int n = 0;
        for (String field : TurnFields.TEXT_FIELDS) {
            MatchesIterator it = matches.getMatches(field);
            if (it == null) {
                continue;
            }
            while (it.next()) {
                int start = it.startOffset();
                if (start < 0) {
                    continue;
                }
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = ((long) start << 32) | it.endOffset();
            }
        }
        Arrays.sort(found, 0, n);
        int[] merged = new int[n * 2];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int start = (int) (found[i] >>> 32);
            int end = (int) found[i];
            if (m > 0 && start < merged[m - 1]) {
                merged[m - 1] = Math.max(merged[m - 1], end);
            } else {
                merged[m++] = start;
                merged[m++] = end;
            }
        }
        return Arrays.copyOf(merged, m);
    }
}
