package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a popup goes so that it ends inside a 1366-pixel-wide screen. */
class OnScreenTest {

    @Test
    void aPopupThatWouldRunOffTheEdgeMovesBackJustInside() {
        // A 220-pixel menu opened 40 pixels from the right edge of a 1366-pixel screen.
        assertThat(OnScreen.within(1326, 220, 0, 1366)).isEqualTo(1146);
    }

    @Test
    void aPopupThatFitsStaysWhereItIs() {
        assertThat(OnScreen.within(500, 220, 0, 1366)).isEqualTo(500);
    }

    @Test
    void onePopupWiderThanTheScreenShowsItsStart() {
        assertThat(OnScreen.within(300, 1500, 0, 1366)).isEqualTo(0);
    }
}
