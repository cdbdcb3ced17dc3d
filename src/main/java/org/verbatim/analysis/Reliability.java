package org.verbatim.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement among any number of coders on nominal values, unit by unit, where a coder may be
 * missing from a unit (value {@link #MISSING}): Krippendorff's alpha from the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), which uses every unit with
 * at least two values; Fleiss' kappa (Fleiss 1971) over the units every coder judged; for two
 * coders Cohen's kappa over the units both judged; and the share of units on which all values
 * present agree. Figures are NaN when undefined (nothing to compare, or no variation).
 */
public final class Reliability {
    public static final int MISSING = -1;
    private final int coders;
    /** Coincidences o[c][k], by value pair. */
    private final Map<Long, Double> coincidences = new HashMap<>();
    private final Map<Integer, Long> fleissTotals = new HashMap<>();
    private final Map<Long, Long> cohenCells = new HashMap<>();
    private final Map<Integer, Long> cohenFirst = new HashMap<>();
    private final Map<Integer, Long> cohenSecond = new HashMap<>();
    private long pairable;
    private long unanimous;
    private long complete;
    private double fleissAgreementSum;
    private long bothJudged;
    private long bothAgree;

    public Reliability(int coders) {
        if (coders < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders");
        }
        this.coders = coders;
    }

    /** Adds one unit: each coder's value (a category number, 0 or more) or {@link #MISSING}. */
    public void add(int[] values) {
        int present = 0;
        for (int v : values) {
            present += v == MISSING ? 0 : 1;
        }
        if (coders == 2 && present == 2) {
            bothJudged++;
            bothAgree += values[0] == values[1] ? 1 : 0;
            cohenCells.merge(key(values[0], values[1]), 1L, Long::sum);
            cohenFirst.merge(values[0], 1L, Long::sum);
            cohenSecond.merge(values[1], 1L, Long::sum);
        }
        if (present < 2) {
            return;
        }
        pairable++;
        boolean same = true;
        int first = MISSING;
        Map<Integer, Integer> counts = new HashMap<>();
        for (int v : values) {
            if (v == MISSING) {
                continue;
            }
            counts.merge(v, 1, Integer::sum);
            if (first == MISSING) {
                first = v;
            } else if (v != first) {
                same = false;
            }
        }
        unanimous += same ? 1 : 0;
        double weight = 1.0 / (present - 1);
        for (var a : counts.entrySet()) {
            for (var b : counts.entrySet()) {
                long pairs = a.getKey().equals(b.getKey()) ? (long) a.getValue() * (a.getValue() - 1)
                        : (long) a.getValue() * b.getValue();
                if (pairs > 0) {
                    coincidences.merge(key(a.getKey(), b.getKey()), pairs * weight, Double::sum);
                }
            }
        }
        if (present == coders) {
            complete++;
            long agreeing = 0;
            for (var e : counts.entrySet()) {
                agreeing += (long) e.getValue() * (e.getValue() - 1);
                fleissTotals.merge(e.getKey(), (long) e.getValue(), Long::sum);
            }
            fleissAgreementSum += (double) agreeing / ((long) coders * (coders - 1));
        }
    }

    /** Units with at least two values: those alpha and the percent agreement use. */
    public long pairableUnits() {
        return pairable;
    }

    /** Units every coder judged: those Fleiss' kappa uses. */
    public long completeUnits() {
        return complete;
    }

    /** Share, in percent, of pairable units on which every value present is the same. */
    public double percentAgreement() {
        return pairable == 0 ? Double.NaN : 100.0 * unanimous / pairable;
    }

    /** Krippendorff's alpha for nominal data: 1 − (n − 1) Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k. */
    public double krippendorffsAlpha() {
        Map<Integer, Double> marginals = new HashMap<>();
        double n = 0;
        double observed = 0;
        for (var e : coincidences.entrySet()) {
            int c = (int) (e.getKey() >> 32);
            int k = (int) (long) e.getKey();
            marginals.merge(c, e.getValue(), Double::sum);
            n += e.getValue();
            if (c != k) {
                observed += e.getValue();
            }
        }
        double sumSquares = 0;
        for (double m : marginals.values()) {
            sumSquares += m * m;
        }
        double expected = n * n - sumSquares;
        return expected <= 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
    }

    /** Fleiss' kappa over the units every coder judged: (P̄ − P̄e) / (1 − P̄e). */
    public double fleissKappa() {
        if (complete == 0) {
            return Double.NaN;
        }
        double observed = fleissAgreementSum / complete;
        double expected = 0;
        for (long total : fleissTotals.values()) {
            double p = (double) total / ((double) complete * coders);
            expected += p * p;
        }
        return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /** Cohen's kappa of two coders over the units both judged; NaN for more coders. */
    public double cohensKappa() {
        if (coders != 2 || bothJudged == 0) {
            return Double.NaN;
        }
        double n = bothJudged;
        double expected = 0;
        for (var e : cohenFirst.entrySet()) {
            expected += e.getValue() / n * cohenSecond.getOrDefault(e.getKey(), 0L) / n;
        }
        double observed = bothAgree / n;
        return expected >= 1 ? Double.NaN : (observed - expected) / (1 - expected);
    }

    /** For two coders, how many units both judged had values {@code first} and {@code second}. */
    public long cell(int first, int second) {
        return cohenCells.getOrDefault(key(first, second), 0L);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
