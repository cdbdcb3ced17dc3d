package org.verbatim.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Pooling coders, a segment that overlaps a passing segment of the same code by a coder who
 * joined the project earlier is that coder's passage coded again (as for an agreement check)
 * and does not count a second time.
 *
 * <p>A segment is compared only with the segments of its own code that overlap it, found by a
 * sweep over each document's segments in start order: a transcript a team has coded thousands
 * of times costs what its overlaps cost, not the square of its segments (every cross-tab a coder
 * reads while the others code runs this).
 */
final class PooledDuplicates {
    private PooledDuplicates() {
    }

    /** Clears {@code passes} for every pooled duplicate; {@code data}'s segments are in start order within each document. */
    static void drop(CodingData data, boolean[] passes) {
        for (int d = 0; d < data.documentNames.length; d++) {
            Map<Integer, IntList> byCode = new HashMap<>();
            for (int s = data.documentSegmentFrom[d]; s < data.documentSegmentFrom[d + 1]; s++) {
                byCode.computeIfAbsent(data.segCode[s], c -> new IntList()).add(s);
            }
            for (IntList ofOneCode : byCode.values()) {
                dropWithin(data, passes, ofOneCode.toArray());
            }
        }
    }

    /**
     * {@code segments}: one code's segments in one document, in start order, visited in that
     * order. An earlier segment has had its say (it may have been dropped itself); a later one
     * counts as it was selected.
     */
    private static void dropWithin(CodingData data, boolean[] passes, int[] segments) {
        int[] open = new int[segments.length];
        int openCount = 0;
        for (int i = 0; i < segments.length; i++) {
            int s = segments[i];
            int start = data.segStart[s];
            int stillOpen = 0;
            for (int k = 0; k < openCount; k++) {
                if (data.segEnd[open[k]] > start) {
                    open[stillOpen++] = open[k];
                }
            }
            openCount = stillOpen;
            if (passes[s] && (codedBefore(data, passes, s, open, openCount) || codedAfter(data, passes, s, segments, i))) {
                passes[s] = false;
            }
            open[openCount++] = s;
        }
    }

    /** An earlier segment still open at {@code s}'s start, passing, by an earlier coder. */
    private static boolean codedBefore(CodingData data, boolean[] passes, int s, int[] open, int openCount) {
        for (int k = 0; k < openCount; k++) {
            if (passes[open[k]] && data.segCoder[open[k]] < data.segCoder[s]) {
                return true;
            }
        }
        return false;
    }

    /** A later segment starting before {@code s} ends, passing, by an earlier coder. */
    private static boolean codedAfter(CodingData data, boolean[] passes, int s, int[] segments, int at) {
        for (int j = at + 1; j < segments.length && data.segStart[segments[j]] < data.segEnd[s]; j++) {
            if (passes[segments[j]] && data.segCoder[segments[j]] < data.segCoder[s]) {
                return true;
            }
        }
        return false;
    }
}
