package org.verbatim.analysis;

/** The codes one row of an analysis counts: the code itself, or with its sub-codes. */
final class Rows {
    private Rows() {
    }

    static int[] membersOf(CodingData data, int code, boolean withSubcodes) {
        return withSubcodes ? data.subtree[code] : new int[] {code};
    }

    /** Whether two rows share segments: one code is the other or lies below it. */
    static boolean nested(CodingData data, int a, int b, boolean withSubcodes) {
        if (a == b) {
            return true;
        }
        if (!withSubcodes) {
            return false;
        }
        return contains(data.subtree[a], b) || contains(data.subtree[b], a);
    }

    private static boolean contains(int[] members, int code) {
        for (int m : members) {
            if (m == code) {
                return true;
            }
        }
        return false;
    }
}
