package org.verbatim.analysis;

/**
 * The ranges of one code's segments, sorted by document and start, answering "does this
 * segment overlap any of them" with a binary search and a running maximum of their ends.
 */
final class CodeRanges {
    private final CodingData data;
    private final int[] segments;
    private final int[] maxEndSoFar;

    CodeRanges(CodingData data, int[] sortedSegments) {
        this.data = data;
        this.segments = sortedSegments;
        this.maxEndSoFar = new int[sortedSegments.length];
        for (int k = 0; k < sortedSegments.length; k++) {
            int s = sortedSegments[k];
            boolean sameDocument = k > 0 && data.segDocument[sortedSegments[k - 1]] == data.segDocument[s];
            maxEndSoFar[k] = sameDocument ? Math.max(maxEndSoFar[k - 1], data.segEnd[s]) : data.segEnd[s];
        }
    }

    boolean overlaps(int s) {
        int d = data.segDocument[s];
        int first = firstAtOrAfter(data.documentSegmentFrom[d]);
        // Segments of the document that start before s ends: the last of them carries the largest end.
        int afterLast = firstAtOrAfter(data.documentSegmentFrom[d + 1]);
        int lo = first;
        int hi = afterLast;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.segStart[segments[mid]] < data.segEnd[s]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > first && maxEndSoFar[lo - 1] > data.segStart[s];
    }

    /** The position of the first of these segments whose global index is at least {@code index}. */
    private int firstAtOrAfter(int index) {
        int lo = 0;
        int hi = segments.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
