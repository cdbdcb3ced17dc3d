package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.analysis.Correction;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.IndependenceTest;
import org.verbatim.model.analysis.RowTest;
import org.verbatim.model.analysis.RowTests;

/**
 * Tests each code of a cross-tab on its own: raised vs not raised across the columns, over the
 * units of each column (the respondents of a city, say). Unlike the test of the whole table,
 * this asks the question a comparison of groups asks — did the groups differ in how many
 * raised this code? — and it holds for one code, for codes the same people raised, and for
 * columns where no one raised anything.
 */
final class RowTesting {
    private RowTesting() {
    }

    /** Tests every row of {@code table}; {@code of[j]} is the number of units in column j. */
    static RowTests test(CrossTab table, long[] of, String units, Correction correction) {
        List<RowTest> rows = new ArrayList<>();
        for (CrossTab.Row r : table.rows()) {
            rows.add(testRow(r.code(), r.counts(), of));
        }
        Double[] p = new Double[rows.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rows.get(i).p();
        }
        Double[] adjusted = PValueCorrection.adjust(p, correction);
        for (int i = 0; i < p.length; i++) {
            rows.set(i, rows.get(i).withAdjustedP(adjusted[i]));
        }
        return new RowTests(units, correction, rows);
    }

    static RowTest testRow(String code, long[] raised, long[] of) {
        int width = raised.length;
        Double[] share = new Double[width];
        Double[] lower = new Double[width];
        Double[] upper = new Double[width];
        long[][] table = new long[2][width];
        List<Integer> groups = new ArrayList<>();
        long raisedAll = 0;
        long all = 0;
        for (int j = 0; j < width; j++) {
            // A unit in two columns (a participant interviewed in two formats) is counted in each.
            long n = Math.max(of[j], raised[j]);
            table[0][j] = raised[j];
            table[1][j] = n - raised[j];
            raisedAll += raised[j];
            all += n;
            double[] ci = Proportions.wilson(raised[j], n, Proportions.Z95);
            if (ci != null) {
                share[j] = (double) raised[j] / n;
                lower[j] = ci[0];
                upper[j] = ci[1];
                groups.add(j);
            }
        }
        Double difference = null;
        Double differenceLower = null;
        Double differenceUpper = null;
        if (groups.size() == 2) {
            int a = groups.get(0);
            int b = groups.get(1);
            double[] ci = Proportions.newcombe(raised[a], table[0][a] + table[1][a], raised[b], table[0][b] + table[1][b],
                    Proportions.Z95);
            difference = share[a] - share[b];
            differenceLower = ci[0];
            differenceUpper = ci[1];
        }
        if (groups.size() < 2 || raisedAll == 0 || raisedAll == all) {
            String why = groups.size() < 2 ? "A test needs at least two columns with units; there " + (groups.size() == 1
                    ? "is 1" : "are none") : raisedAll == 0 ? "No one counted raised it: there is no difference to test"
                    : "Everyone counted raised it: there is no difference to test";
            return new RowTest(code, raised, of, share, lower, upper, IndependenceTest.NONE, why, null, null, null, null,
                    null, difference, differenceLower, differenceUpper);
        }
        IndependenceTest t = ContingencyTests.test(table);
        Double v = t.statistic() == null ? null : Math.sqrt(t.statistic() / all);
        return new RowTest(code, raised, of, share, lower, upper, t.name(), t.reason(), t.statistic(), t.df(), t.p(),
                null, v, difference, differenceLower, differenceUpper);
    }

    /** How many units are counted in more than one row, as a caution for the test of the whole table; null when none. */
    static String sharedUnitsCaution(long unitsInRows, long unitsInSeveralRows, String units) {
        if (unitsInSeveralRows == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%d of the %d %s counted in these rows are in more than one row: this test"
                + " treats each count as a separate observation, which they are not; read the test per code instead",
                unitsInSeveralRows, unitsInRows, units);
    }
}
