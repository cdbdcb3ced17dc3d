package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A saved window size is fitted to the screen it opens on. */
class WindowFitTest {
    @Test
    void aSizeSavedOnALargerScreenShrinksToTheUsableAreaAndIsCentredOnIt() {
        WindowFit fit = WindowFit.of(1920, 1200, 0, 0, 1366, 728);

        assertThat(fit).isEqualTo(new WindowFit(0, 0, 1366, 728));
        assertThat(fit.placed()).isTrue();
    }

    @Test
    void onlyTheSideThatDoesNotFitShrinksAndTheAreaOffsetIsRespected() {
        // A taskbar on the left: the usable area starts at x = 48.
        WindowFit fit = WindowFit.of(1000, 1200, 48, 0, 1318, 768);

        assertThat(fit).isEqualTo(new WindowFit(48 + 159, 0, 1000, 768));
    }

    @Test
    void aSmallWindowOnALargeScreenIsLeftWhereTheSystemPutsIt() {
        WindowFit fit = WindowFit.of(1280, 760, 0, 0, 2560, 1400);

        assertThat(fit.placed()).isFalse();
        assertThat(fit.width()).isEqualTo(1280);
        assertThat(fit.height()).isEqualTo(760);
    }
}
