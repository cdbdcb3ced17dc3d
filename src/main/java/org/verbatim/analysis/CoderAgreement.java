package org.verbatim.analysis;

/**
 * Agreement between two coders on whether a code applies, unit by unit (a turn, or a character):
 * percent agreement, Cohen's kappa, and Krippendorff's alpha for nominal data with two coders and
 * no missing values. Kappa and alpha correct for the agreement chance alone would give; both are
 * undefined (NaN) when there is no variation to agree on, e.g. when neither coder used the code.
 */
public final class CoderAgreement {
    private CoderAgreement() {
    }

    /** How many units both coders coded, only the first, only the second, or neither. */
    public record Counts(long both, long firstOnly, long secondOnly, long neither) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        public long units() {
            return both + firstOnly + secondOnly + neither;
        }

        public Counts plus(Counts other) {
            return new Counts(both + other.both, firstOnly + other.firstOnly, secondOnly + other.secondOnly,
                    neither + other.neither);
        }

        /** Share of units on which the two coders agree, coded or not. */
        public double percentAgreement() {
            return units() == 0 ? Double.NaN : 100.0 * (both + neither) / units();
        }

        /** Cohen's kappa: (observed − expected agreement) / (1 − expected), expected from each coder's own rate. */
        public double cohensKappa() {
            double n = units();
            double observed = (both + neither) / n;
            double first = (both + firstOnly) / n;
            double second = (both + secondOnly) / n;
            double expected = first * second + (1 - first) * (1 - second);
            return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
        }

        /**
         * Krippendorff's alpha, nominal, two coders, no missing values: 1 − (n − 1)·(disagreeing
         * pairs) / (n₀·n₁), where n counts the pairable values (two per unit) and n₀, n₁ the
         * values "not coded" and "coded" (Krippendorff 2011, "Computing Krippendorff's
         * Alpha-Reliability", section A).
         */
        public double krippendorffsAlpha() {
            double n = 2.0 * units();
            double coded = 2.0 * both + firstOnly + secondOnly;
            double notCoded = 2.0 * neither + firstOnly + secondOnly;
            return coded == 0 || notCoded == 0 ? Double.NaN : 1 - (n - 1) * (firstOnly + secondOnly) / (coded * notCoded);
        }
    }

    /** Counts over a sequence of units: {@code first[i]} and {@code second[i]} say whether each coder coded unit i. */
    public static Counts count(boolean[] first, boolean[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both coders must be judged on the same units");
        }
        long both = 0;
        long firstOnly = 0;
        long secondOnly = 0;
        long neither = 0;
        for (int i = 0; i < first.length; i++) {
            if (first[i] && second[i]) {
                both++;
            } else if (first[i]) {
                firstOnly++;
            } else if (second[i]) {
                secondOnly++;
            } else {
                neither++;
            }
        }
        return new Counts(both, firstOnly, secondOnly, neither);
    }
}
