package org.verbatim.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Fisher's exact test of independence, two-sided: the p-value is the total probability, given
 * the row and column totals, of every table no more probable than the observed one. A 2×2
 * table uses the hypergeometric distribution; a larger table is enumerated (the
 * Freeman–Halton extension) when it has at most {@link #MAX_TABLES} tables with its totals,
 * and otherwise estimated by Monte Carlo from up to {@link #RANDOM_TABLES} random tables with
 * the same totals (fewer for very large tables, so the estimate takes about a second at most;
 * a fixed seed, so the same table always gives the same p).
 */
final class FisherExactTest {
    static final long MAX_TABLES = 20_000_000L;
    static final int RANDOM_TABLES = 100_000;
    /** Drawing a random table costs one step per unit counted; this caps the steps of one estimate. */
    private static final long MAX_RANDOM_STEPS = 200_000_000L;
    /** As R's fisher.test: tables within this relative tolerance of the observed probability count as equal. */
    private static final double TOLERANCE = 1e-7;
    private static final long SEED = 20120401L;

    private FisherExactTest() {
    }

    /** The p-value, whether it is exact, and how many random tables were drawn when it is not. */
    record Result(double p, boolean exact, int tables) { }

    static Result test(long[][] table) {
        int rows = table.length;
        int columns = table[0].length;
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[columns];
        int n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                rowTotals[i] += table[i][j];
                columnTotals[j] += table[i][j];
                n += (int) table[i][j];
            }
        }
        if (rows == 2 && columns == 2) {
            return new Result(twoByTwo(table, n, rowTotals, columnTotals), true, 0);
        }
        double[] logFactorial = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            logFactorial[k] = CombinatoricsUtils.factorialLog(k);
        }
        double observed = 0;
        for (long[] row : table) {
            for (long x : row) {
                observed += logFactorial[(int) x];
            }
        }
        Enumeration e = new Enumeration(rowTotals, columnTotals, logFactorial, observed);
        if (e.run()) {
            double constant = -logFactorial[n];
            for (long r : rowTotals) {
                constant += logFactorial[(int) r];
            }
            for (long c : columnTotals) {
                constant += logFactorial[(int) c];
            }
            return new Result(Math.min(1, e.sumOfExpMinus * Math.exp(constant - e.shift)), true, 0);
        }
        int draws = (int) Math.max(2_000, Math.min(RANDOM_TABLES, MAX_RANDOM_STEPS / n));
        return new Result(monteCarlo(rowTotals, columnTotals, n, logFactorial, observed, draws), false, draws);
    }

    private static double twoByTwo(long[][] t, int n, long[] rowTotals, long[] columnTotals) {
        var h = new HypergeometricDistribution(null, n, (int) rowTotals[0], (int) columnTotals[0]);
        double observed = h.probability((int) t[0][0]);
        double p = 0;
        for (int k = h.getSupportLowerBound(); k <= h.getSupportUpperBound(); k++) {
            double pk = h.probability(k);
            if (pk <= observed * (1 + TOLERANCE)) {
                p += pk;
            }
        }
        return Math.min(1, p);
    }

    /**
     * Walks every table with the given totals, column by column, summing the probabilities of
     * those no more probable than the observed one. A table's probability is
     * {@code exp(constant - sum(log x!))}, so "no more probable" means a sum of log-factorials
     * at least the observed one.
     */
    private static final class Enumeration {
        private final long[] remaining;
        private final long[] columnTotals;
        private final double[] logFactorial;
        private final double threshold;
        private final int rows;
        private long tables;
        /** Probabilities are summed relative to the observed table's, which keeps them in range. */
        private final double shift;
        private double sumOfExpMinus;

        Enumeration(long[] rowTotals, long[] columnTotals, double[] logFactorial, double observed) {
            this.remaining = rowTotals.clone();
            this.columnTotals = columnTotals;
            this.logFactorial = logFactorial;
            this.rows = rowTotals.length;
            this.shift = observed;
            this.threshold = observed - Math.log1p(TOLERANCE);
        }

        /** False when the tables are too many to enumerate. */
        boolean run() {
            return column(0, 0);
        }

        private boolean column(int j, double logSum) {
            if (j == columnTotals.length - 1) {
                double total = logSum;
                for (long r : remaining) {
                    total += logFactorial[(int) r];
                }
                if (total >= threshold) {
                    sumOfExpMinus += Math.exp(shift - total);
                }
                return ++tables <= MAX_TABLES;
            }
            return cell(j, 0, columnTotals[j], logSum);
        }

        private boolean cell(int j, int i, long need, double logSum) {
            if (i == rows - 1) {
                if (need > remaining[i]) {
                    return true;
                }
                remaining[i] -= need;
                boolean go = column(j + 1, logSum + logFactorial[(int) need]);
                remaining[i] += need;
                return go;
            }
            long below = 0;
            for (int k = i + 1; k < rows; k++) {
                below += remaining[k];
            }
            for (long x = Math.max(0, need - below); x <= Math.min(need, remaining[i]); x++) {
                remaining[i] -= x;
                boolean go = cell(j, i + 1, need - x, logSum + logFactorial[(int) x]);
                remaining[i] += x;
                if (!go) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The share of random tables with the same totals that are no more probable than the observed one. */
    private static double monteCarlo(long[] rowTotals, long[] columnTotals, int n, double[] logFactorial, double observed,
                                     int draws) {
        int rows = rowTotals.length;
        int columns = columnTotals.length;
        int[] rowOf = new int[n];
        int[] columnOf = new int[n];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            for (long x = 0; x < rowTotals[i]; x++) {
                rowOf[k++] = i;
            }
        }
        k = 0;
        for (int j = 0; j < columns; j++) {
            for (long x = 0; x < columnTotals[j]; x++) {
                columnOf[k++] = j;
            }
        }
        double threshold = observed - Math.log1p(TOLERANCE);
        SplittableRandom random = new SplittableRandom(SEED);
        int[] cells = new int[rows * columns];
        int asExtreme = 0;
        for (int b = 0; b < draws; b++) {
            for (int i = n - 1; i > 0; i--) {
                int swap = random.nextInt(i + 1);
                int t = columnOf[i];
                columnOf[i] = columnOf[swap];
                columnOf[swap] = t;
            }
            Arrays.fill(cells, 0);
            for (int u = 0; u < n; u++) {
                cells[rowOf[u] * columns + columnOf[u]]++;
            }
            double logSum = 0;
            for (int c : cells) {
                logSum += logFactorial[c];
            }
            if (logSum >= threshold) {
                asExtreme++;
            }
        }
        return (asExtreme + 1.0) / (draws + 1.0);
    }
}
