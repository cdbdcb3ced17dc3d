package org.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.verbatim.model.analysis.IndependenceTest;

/** The tests of independence against published worked examples. */
class ContingencyTestsTest {

    /**
     * Agresti, An Introduction to Categorical Data Analysis, 2nd ed. (2007), Table 2.5: party
     * identification by gender (females 762 / 327 / 468, males 484 / 239 / 477). Section 2.4.5 gives
     * X² = 30.1 with df = 2; R's chisq.test documentation runs the same table ("From Agresti(2007)
     * p.39") and prints X-squared = 30.07, df = 2, p-value = 2.954e-07. Table 2.6 gives the adjusted
     * standardised residuals for females: 4.50, 0.70, -5.32 (males the same with the sign turned);
     * the same documentation example asks for them in full ({@code Xsq$stdres}), which gives
     * 4.5020535, 0.6994517, -5.3159455 — asserted here to 4 significant digits.
     */
    @Test
    void chiSquareMatchesAgrestiPartyIdentificationByGender() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{762, 327, 468}, {484, 239, 477}});

        assertThat(t.name()).isEqualTo(IndependenceTest.CHI_SQUARE);
        assertThat(t.statistic()).isCloseTo(30.07, within(0.005));
        assertThat(t.df()).isEqualTo(2);
        assertThat(t.p()).isCloseTo(2.954e-7, within(0.0005e-7));
        assertThat(t.residuals()[0][0]).isCloseTo(4.502, within(0.0005));
        assertThat(t.residuals()[0][1]).isCloseTo(0.6995, within(0.00005));
        assertThat(t.residuals()[0][2]).isCloseTo(-5.316, within(0.0005));
        assertThat(t.residuals()[1][2]).isCloseTo(5.316, within(0.0005));
        // Expected counts, Agresti Table 2.5 in parentheses: 703.7, 319.6, 533.7 for females.
        assertThat(t.expected()[0][0]).isCloseTo(703.7, within(0.05));
        assertThat(t.expected()[0][2]).isCloseTo(533.7, within(0.05));
    }

    /**
     * Fisher's tea-tasting experiment (Agresti 2007, Section 2.6.2, Table 2.8; the first example of
     * R's fisher.test documentation): 4 cups with milk first, 4 with tea first, 3 of each guessed
     * right. The two-sided p-value is 0.4857 (= 34/70).
     */
    @Test
    void fisherMatchesTheTeaTastingExample() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{3, 1}, {1, 3}});

        assertThat(t.name()).isEqualTo(IndependenceTest.FISHER);
        assertThat(t.reason()).startsWith("4 of 4 expected counts are below 5 (smallest 2.00)");
        assertThat(t.p()).isCloseTo(0.4857, within(0.00005));
        assertThat(t.p()).isCloseTo(34.0 / 70, within(1e-12));
    }

    /**
     * A 2×3 table enumerated by hand. Rows total 3 and 3, columns 2, 2 and 2; a table with first row
     * (a, b, c) has probability 3!3!2!2!2! / (6! a! b! c! (2-a)! (2-b)! (2-c)!) = 0.4 / (a!b!c!(2-a)!(2-b)!(2-c)!).
     * The six arrangements of (2, 1, 0) have 0.1 each, (1, 1, 1) has 0.4. The observed (2, 0, 1) has
     * 0.1, so p = 6 × 0.1 = 0.6.
     */
    @Test
    void fisherEnumeratesLargerTablesExactly() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{2, 0, 1}, {0, 2, 1}});

        assertThat(t.name()).isEqualTo(IndependenceTest.FISHER);
        assertThat(t.p()).isCloseTo(0.6, within(1e-12));
    }

    /**
     * Job satisfaction by income (Agresti 2002, Table 2.8; the second example of R's fisher.test
     * documentation, whose exact p-value is 0.7827). Expected counts under 5 call for Fisher's test;
     * the table has more than {@link FisherExactTest#MAX_TABLES} tables with its totals, so p is a
     * Monte Carlo estimate from 100,000 random tables (standard error about 0.0013) and says so.
     */
    @Test
    void fisherOnATableTooLargeToEnumerateIsEstimatedAndSaysSo() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{1, 2, 1, 0}, {3, 3, 6, 1}, {10, 10, 14, 9},
            {6, 7, 12, 11}});

        assertThat(t.name()).isEqualTo(IndependenceTest.FISHER + " (Monte Carlo)");
        assertThat(t.reason()).contains("Monte Carlo estimate from 100,000 random tables");
        assertThat(t.p()).isCloseTo(0.7827, within(0.005));
    }

    @Test
    void rowsAndColumnsWithoutCountsAreLeftOutOfTheTest() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{762, 327, 468, 0}, {0, 0, 0, 0}, {484, 239, 477, 0}});

        assertThat(t.statistic()).isCloseTo(30.07, within(0.005));
        assertThat(t.df()).isEqualTo(2);
        assertThat(t.reason()).endsWith("; 1 row and 1 column without counts left out");
        assertThat(t.residuals()[1]).containsOnlyNulls();
        assertThat(t.residuals()[0][3]).isNull();
    }

    @Test
    void aTableWithOneUsableRowCannotBeTested() {
        IndependenceTest t = ContingencyTests.test(new long[][] {{3, 4}, {0, 0}});

        assertThat(t.name()).isEqualTo(IndependenceTest.NONE);
        assertThat(t.p()).isNull();
        assertThat(t.reason()).isEqualTo("A test needs at least two rows and two columns with counts; this table has 1 and 2");
    }
}
