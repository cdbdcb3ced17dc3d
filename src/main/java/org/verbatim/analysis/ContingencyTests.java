package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.verbatim.model.analysis.IndependenceTest;

/**
 * Chooses and runs the test of independence for a table of counts. Pearson's chi-square
 * (without continuity correction) is used when its approximation holds by Cochran's rule —
 * no expected count below 1 and at most 20% below 5; otherwise Fisher's exact test.
 * Adjusted standardised residuals, {@code (O - E) / sqrt(E (1 - rowTotal/N) (1 - columnTotal/N))},
 * are roughly standard normal under independence: beyond ±1.96 a cell is unusually high or low.
 */
public final class ContingencyTests {
    private ContingencyTests() {
    }

    public static IndependenceTest test(long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        List<Integer> keptRows = new ArrayList<>();
        List<Integer> keptColumns = new ArrayList<>();
        long[] rowTotals = new long[rows];
        long[] columnTotals = new long[columns];
        long n = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                rowTotals[i] += counts[i][j];
                columnTotals[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        for (int i = 0; i < rows; i++) {
            if (rowTotals[i] > 0) {
                keptRows.add(i);
            }
        }
        for (int j = 0; j < columns; j++) {
            if (columnTotals[j] > 0) {
                keptColumns.add(j);
            }
        }
        Double[][] expected = new Double[rows][columns];
        Double[][] residuals = new Double[rows][columns];
        if (keptRows.size() < 2 || keptColumns.size() < 2) {
            return new IndependenceTest(IndependenceTest.NONE, "A test needs at least two rows and two columns with"
                    + " counts; this table has " + keptRows.size() + " and " + keptColumns.size(), null, null, null,
                    expected, residuals);
        }
        double statistic = 0;
        int belowFive = 0;
        double smallest = Double.MAX_VALUE;
        for (int i : keptRows) {
            for (int j : keptColumns) {
                double e = (double) rowTotals[i] * columnTotals[j] / n;
                double diff = counts[i][j] - e;
                statistic += diff * diff / e;
                expected[i][j] = e;
                residuals[i][j] = diff / Math.sqrt(e * (1 - (double) rowTotals[i] / n) * (1 - (double) columnTotals[j] / n));
                smallest = Math.min(smallest, e);
                if (e < 5) {
                    belowFive++;
                }
            }
        }
        int cells = keptRows.size() * keptColumns.size();
        int df = (keptRows.size() - 1) * (keptColumns.size() - 1);
        boolean chiSquareHolds = smallest >= 1 && belowFive * 5 <= cells;
        String left = leftOut(rows - keptRows.size(), columns - keptColumns.size());
        if (chiSquareHolds) {
            double p = new ChiSquaredDistribution(null, df).cumulativeProbability(statistic);
            return new IndependenceTest(IndependenceTest.CHI_SQUARE, String.format(Locale.ROOT,
                    "Every expected count is 1 or more and %d of %d (at most 20%%) are below 5%s",
                    belowFive, cells, left), statistic, df, 1 - p, expected, residuals);
        }
        long[][] tested = new long[keptRows.size()][keptColumns.size()];
        for (int i = 0; i < tested.length; i++) {
            for (int j = 0; j < tested[i].length; j++) {
                tested[i][j] = counts[keptRows.get(i)][keptColumns.get(j)];
            }
        }
        FisherExactTest.Result fisher = FisherExactTest.test(tested);
        String how = fisher.exact() ? "" : String.format(Locale.ROOT, " (Monte Carlo estimate from %,d random tables"
                + " with the same totals: there are too many tables to enumerate)", fisher.tables());
        String why = smallest < 1
                ? String.format(Locale.ROOT, "An expected count is below 1 (smallest %.2f; %d of %d below 5), too small"
                        + " for chi-square's approximation (none below 1 and at most 20%% below 5)", smallest, belowFive,
                        cells)
                : String.format(Locale.ROOT, "%d of %d expected counts are below 5 (smallest %.2f), more than"
                        + " chi-square's approximation allows (at most 20%% below 5 and none below 1)", belowFive, cells,
                        smallest);
        return new IndependenceTest(IndependenceTest.FISHER + (fisher.exact() ? "" : " (Monte Carlo)"),
                why + how + left, statistic, df, fisher.p(), expected, residuals);
    }

    private static String leftOut(int rows, int columns) {
        if (rows == 0 && columns == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (rows > 0) {
            parts.add(rows + (rows == 1 ? " row" : " rows"));
        }
        if (columns > 0) {
            parts.add(columns + (columns == 1 ? " column" : " columns"));
        }
        return "; " + String.join(" and ", parts) + " without counts left out";
    }
}
