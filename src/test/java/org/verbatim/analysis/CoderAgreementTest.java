package org.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.verbatim.analysis.CoderAgreement.Counts;

class CoderAgreementTest {
    /**
     * Krippendorff, K. (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for
     * Communication, section A: binary data, two observers, no missing data, ten units —
     * alpha = 0.095. Cohen's kappa for the same table: p_o = 0.6, p_e = 0.56, kappa = 0.04 / 0.44.
     */
    @Test
    void matchesKrippendorffsWorkedExampleForTwoObserversAndBinaryData() {
        boolean[] observerA = {false, true, false, false, false, false, false, false, true, false};
        boolean[] observerB = {true, true, true, false, false, true, false, false, false, false};

        Counts counts = CoderAgreement.count(observerA, observerB);

        assertThat(counts).isEqualTo(new Counts(1, 1, 3, 5));
        assertThat(counts.krippendorffsAlpha()).isCloseTo(0.09524, within(0.000005));
        assertThat(counts.cohensKappa()).isCloseTo(0.09091, within(0.000005));
        assertThat(counts.percentAgreement()).isEqualTo(60.0);
    }

    @Test
    void perfectAgreementIsOneAndAgreementAtChanceLevelIsZero() {
        assertThat(new Counts(3, 0, 0, 7).cohensKappa()).isEqualTo(1.0);
        assertThat(new Counts(3, 0, 0, 7).krippendorffsAlpha()).isEqualTo(1.0);
        // Each coder codes half the units, independently: observed agreement is what chance gives.
        assertThat(new Counts(1, 1, 1, 1).cohensKappa()).isEqualTo(0.0);
    }

    @Test
    void agreementIsUndefinedWhenThereIsNothingToDisagreeAbout() {
        Counts neitherCoded = new Counts(0, 0, 0, 12);

        assertThat(neitherCoded.percentAgreement()).isEqualTo(100.0);
        assertThat(neitherCoded.cohensKappa()).isNaN();
        assertThat(neitherCoded.krippendorffsAlpha()).isNaN();
    }
}
