package org.verbatim.analysis;

import java.util.Arrays;

/** A set of small non-negative ints (units, or unit-in-column pairs) that says when an element is new. */
final class UnitSet {
    private final long[] bits;

    UnitSet(long size) {
        bits = new long[(int) ((size + 63) / 64)];
    }

    /** Adds {@code i}; true when it was not there yet. */
    boolean add(long i) {
        int word = (int) (i >>> 6);
        long mask = 1L << (i & 63);
        if ((bits[word] & mask) != 0) {
            return false;
        }
        bits[word] |= mask;
        return true;
    }

    void clear() {
        Arrays.fill(bits, 0);
    }

    int size() {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    /** How many elements this set shares with another of the same capacity. */
    int common(UnitSet other) {
        int n = 0;
        for (int w = 0; w < bits.length; w++) {
            n += Long.bitCount(bits[w] & other.bits[w]);
        }
        return n;
    }
}
