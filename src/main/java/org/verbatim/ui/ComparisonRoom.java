package org.verbatim.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.SplitPane;

/**
 * Gives the comparison views (cross-tab, charts, agreement) the width of the side pane on the right while
 * one of them is shown — on a laptop screen a table of cities with its Total does not fit
 * beside it — and puts the divider back where it was when the transcript is shown again. The
 * divider the user leaves while comparing is not remembered as their layout.
 */
final class ComparisonRoom {
    /** Where the right-hand divider goes while comparing: the side pane keeps a sliver to drag back. */
    static final double WIDE = 0.995;

    private final SplitPane main;
    private final int divider;
    private double before = -1;
    /** Held here: a binding made by {@code or} is only weakly held by what it observes. */
    private final ObservableBooleanValue comparing;

    ComparisonRoom(SplitPane main, int divider, ObservableBooleanValue comparing) {
        this.main = main;
        this.divider = divider;
        this.comparing = comparing;
        this.comparing.addListener((o, was, now) -> {
            if (now) {
                widen();
            } else {
                restore();
            }
        });
    }

    /** Whether the divider is moved aside now (its position is then not the user's layout). */
    boolean widened() {
        return before >= 0;
    }

    private void widen() {
        if (widened()) {
            return;
        }
        before = main.getDividers().get(divider).getPosition();
        main.setDividerPosition(divider, WIDE);
    }

    private void restore() {
        if (!widened()) {
            return;
        }
        double back = before;
        before = -1;
        main.setDividerPosition(divider, back);
    }
}
