package org.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.verbatim.model.analysis.Correction;

/** The share intervals and p-value corrections of the per-code test, against published figures. */
class ProportionsTest {
    /** Newcombe (1998), "Two-sided confidence intervals for the single proportion", Stat Med 17: 81 of 263, Wilson 0.2553 to 0.3662. */
    @Test
    void wilsonIntervalMatchesNewcombesExample() {
        double[] ci = Proportions.wilson(81, 263, Proportions.Z95);

        assertThat(ci[0]).isCloseTo(0.2553, within(5e-5));
        assertThat(ci[1]).isCloseTo(0.3662, within(5e-5));
    }

    @Test
    void wilsonIntervalOfNoneRaisedStartsAtZeroAndHasNoIntervalForAnEmptyGroup() {
        double[] ci = Proportions.wilson(0, 15, Proportions.Z95);

        assertThat(ci[0]).isZero();
        // z² / (n + z²) for k = 0, from the formula.
        assertThat(ci[1]).isCloseTo(3.8415 / (15 + 3.8415), within(1e-4));
        assertThat(Proportions.wilson(0, 0, Proportions.Z95)).isNull();
    }

    /** Newcombe (1998), "Interval estimation for the difference between independent proportions", Stat Med 17: 56/70 − 48/80, method 10: 0.0524 to 0.3339. */
    @Test
    void differenceIntervalMatchesNewcombesMethodTen() {
        double[] ci = Proportions.newcombe(56, 70, 48, 80, Proportions.Z95);

        assertThat(ci[0]).isCloseTo(0.0524, within(5e-5));
        assertThat(ci[1]).isCloseTo(0.3339, within(5e-5));
    }

    /**
     * p = 0.01, 0.04, 0.03 and one test that could not run. Holm, from its definition: sorted
     * 0.01 x 3, 0.03 x 2, 0.04 x 1, each at least the one before: 0.03, 0.06, 0.06.
     * Benjamini–Hochberg: 0.04 x 3/3, 0.03 x 3/2, 0.01 x 3/1, each at most the one after:
     * 0.04, 0.04, 0.03 (as R's p.adjust gives).
     */
    @Test
    void holmAndBenjaminiHochbergAdjustAsTheirDefinitionsSay() {
        Double[] p = {0.01, 0.04, null, 0.03};

        assertThat(PValueCorrection.adjust(p, Correction.HOLM)[0]).isCloseTo(0.03, within(1e-12));
        assertThat(PValueCorrection.adjust(p, Correction.HOLM)[1]).isCloseTo(0.06, within(1e-12));
        assertThat(PValueCorrection.adjust(p, Correction.HOLM)[2]).isNull();
        assertThat(PValueCorrection.adjust(p, Correction.HOLM)[3]).isCloseTo(0.06, within(1e-12));
        Double[] bh = PValueCorrection.adjust(p, Correction.BH);
        assertThat(bh[0]).isCloseTo(0.03, within(1e-12));
        assertThat(bh[1]).isCloseTo(0.04, within(1e-12));
        assertThat(bh[2]).isNull();
        assertThat(bh[3]).isCloseTo(0.04, within(1e-12));
        assertThat(PValueCorrection.adjust(p, Correction.NONE)).containsExactly(p);
    }

    @Test
    void aRowNoOneRaisedHasSharesButNoTest() {
        var r = RowTesting.testRow("Karelia", new long[] {0, 0}, new long[] {15, 15});

        assertThat(r.p()).isNull();
        assertThat(r.reason()).isEqualTo("No one counted raised it: there is no difference to test");
        assertThat(r.share()).containsExactly(0.0, 0.0);
        assertThat(r.difference()).isZero();
    }
}
