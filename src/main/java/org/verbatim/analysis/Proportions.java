package org.verbatim.analysis;

/**
 * Confidence intervals for shares: Wilson's score interval for one share, and Newcombe's
 * hybrid score interval (his method 10, built from the two Wilson intervals) for the
 * difference of two independent shares. Both stay inside [0, 1] (or [−1, 1]) and behave well
 * for the small groups and shares near 0 or 1 a qualitative study has.
 */
public final class Proportions {
    /** The normal quantile of a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    private Proportions() {
    }

    /** Wilson's interval {lower, upper} for {@code k} of {@code n}; null when {@code n} is 0. */
    public static double[] wilson(long k, long n, double z) {
        if (n <= 0) {
            return null;
        }
        double p = (double) k / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Newcombe's interval {lower, upper} for k1/n1 − k2/n2; null when either group is empty. */
    public static double[] newcombe(long k1, long n1, long k2, long n2, double z) {
        double[] a = wilson(k1, n1, z);
        double[] b = wilson(k2, n2, z);
        if (a == null || b == null) {
            return null;
        }
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double d = p1 - p2;
        return new double[] {
            d - Math.sqrt(square(p1 - a[0]) + square(b[1] - p2)),
            d + Math.sqrt(square(a[1] - p1) + square(p2 - b[0]))};
    }

    private static double square(double x) {
        return x * x;
    }
}
