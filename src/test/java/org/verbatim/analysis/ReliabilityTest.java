package org.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Agreement figures against the published worked examples they are defined by. */
class ReliabilityTest {
    private static final int X = Reliability.MISSING;

    /** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", C: 4 observers, 12 units, missing values; nominal alpha 0.743. */
    @Test
    void krippendorffsFourObserverExampleWithMissingValues() {
        int[][] byObserver = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, X, X, X},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, X, 3},
            {X, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, X},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, X}};
        Reliability r = new Reliability(4);
        for (int u = 0; u < 12; u++) {
            r.add(new int[] {byObserver[0][u], byObserver[1][u], byObserver[2][u], byObserver[3][u]});
        }

        assertThat(r.krippendorffsAlpha()).isCloseTo(0.743, within(5e-4));
        // Unit 12 has a single value and cannot be paired.
        assertThat(r.pairableUnits()).isEqualTo(11);
    }

    /** Krippendorff (2011), A: two observers, binary data, ten units; alpha 0.095. */
    @Test
    void krippendorffsTwoObserverBinaryExample() {
        int[] a = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] b = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        Reliability r = new Reliability(2);
        for (int u = 0; u < a.length; u++) {
            r.add(new int[] {a[u], b[u]});
        }

        assertThat(r.krippendorffsAlpha()).isCloseTo(0.095, within(5e-4));
        assertThat(r.percentAgreement()).isCloseTo(60.0, within(1e-9));
    }

    /**
     * Cohen's kappa on the 2 x 2 table both 20, first only 5, second only 10, neither 15:
     * observed 35/50 = 0.7, expected 0.5 x 0.6 + 0.5 x 0.4 = 0.5, kappa 0.40 (from the formula).
     */
    @Test
    void cohensKappaOnTheTwentyFiveTenFifteenTable() {
        Reliability r = new Reliability(2);
        add(r, 1, 1, 20);
        add(r, 1, 0, 5);
        add(r, 0, 1, 10);
        add(r, 0, 0, 15);

        assertThat(r.cohensKappa()).isCloseTo(0.40, within(1e-12));
        assertThat(r.cell(1, 0)).isEqualTo(5);
    }

    /**
     * Fleiss' kappa on the worked example of 10 subjects, 14 raters and 5 categories that the
     * Wikipedia article on Fleiss' kappa computes by hand (P̄ = 0.378, P̄e = 0.213, kappa 0.210).
     */
    @Test
    void fleissKappaOnTheTenSubjectFourteenRaterExample() {
        int[][] counts = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        Reliability r = new Reliability(14);
        for (int[] subject : counts) {
            int[] values = new int[14];
            int i = 0;
            for (int category = 0; category < subject.length; category++) {
                for (int k = 0; k < subject[category]; k++) {
                    values[i++] = category;
                }
            }
            r.add(values);
        }

        assertThat(r.fleissKappa()).isCloseTo(0.210, within(5e-4));
        assertThat(r.completeUnits()).isEqualTo(10);
    }

    /**
     * Two coders, nothing missing: Krippendorff's (2011, A) formula 1 − (n − 1)·(disagreeing pairs)
     * / (n₀·n₁) over the 100 values, 55 "coded" and 45 "not coded", 15 disagreements:
     * 1 − 99 × 15 / (55 × 45) = 0.4 (from the formula).
     */
    @Test
    void withTwoCodersAndNothingMissingAlphaMatchesTheTwoCoderFormula() {
        Reliability r = new Reliability(2);
        add(r, 1, 1, 20);
        add(r, 1, 0, 5);
        add(r, 0, 1, 10);
        add(r, 0, 0, 15);

        assertThat(r.krippendorffsAlpha()).isCloseTo(1 - 99.0 * 15 / (55 * 45), within(1e-12));
    }

    @Test
    void aCoderMissingFromAUnitLeavesItOutOfCohensAndFleissButNotOfAlpha() {
        Reliability r = new Reliability(3);
        r.add(new int[] {1, 1, X});
        r.add(new int[] {0, 0, 0});
        r.add(new int[] {1, 0, 1});

        assertThat(r.pairableUnits()).isEqualTo(3);
        assertThat(r.completeUnits()).isEqualTo(2);
        assertThat(r.cohensKappa()).isNaN();
    }

    private static void add(Reliability r, int first, int second, int times) {
        for (int i = 0; i < times; i++) {
            r.add(new int[] {first, second});
        }
    }
}
