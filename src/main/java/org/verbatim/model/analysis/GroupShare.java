package org.verbatim.model.analysis;

/**
 * How many of a group raised a code: {@code raised} of {@code of}, the share, and its 95%
 * Wilson score interval — the interval that stays inside [0, 1] and is honest for the small
 * groups of a qualitative study (3 of 5 is "somewhere between 23% and 88%"). Share and bounds
 * are NaN for an empty group.
 */
public record GroupShare(String group, long raised, long of, double share, double low, double high) {
    private static final double Z = 1.959963984540054;

    public static GroupShare of(String group, long raised, long of) {
        if (raised < 0 || of < 0 || raised > of) {
            throw new IllegalArgumentException("Cannot take " + raised + " of " + of + " as a share of group " + group);
        }
        if (of == 0) {
            return new GroupShare(group, 0, 0, Double.NaN, Double.NaN, Double.NaN);
        }
        double n = of;
        double p = raised / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new GroupShare(group, raised, of, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
