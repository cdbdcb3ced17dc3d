package org.verbatim.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;

/**
 * One keyword-in-context line: the matched words start at a fixed share of the width, so the
 * keywords of every line in a list stand in one column. The context before is right-aligned
 * and gives way at its left end, the context after is left-aligned and gives way at its right.
 * A match too long for its column moves left just enough to be seen whole; only a match wider
 * than the whole line is cut.
 */
final class KwicLine extends Region {
    /** Where the matched words start, as a share of the line's width. */
    static final double MATCH_COLUMN = 0.4;

    private final Label before = new Label();
    private final Label matched = new Label();
    private final Label after = new Label();

    KwicLine() {
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        before.setAlignment(Pos.CENTER_RIGHT);
        before.getStyleClass().add("hit-before");
        matched.getStyleClass().add("hit-match");
        after.setAlignment(Pos.CENTER_LEFT);
        // The same mark as for context cut from a longer turn.
        before.setEllipsisString("…");
        after.setEllipsisString("…");
        matched.setEllipsisString("…");
        after.getStyleClass().add("hit-after");
        getChildren().addAll(before, matched, after);
    }

    void set(String beforeText, String matchedText, String afterText) {
        before.setText(beforeText);
        matched.setText(matchedText);
        after.setText(afterText);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        double matchWidth = Math.min(snapSizeX(matched.prefWidth(-1)), width);
        double column = snapPositionX(Math.max(0, Math.min(width * MATCH_COLUMN, width - matchWidth)));
        before.resizeRelocate(left, top, column, height);
        matched.resizeRelocate(left + column, top, matchWidth, height);
        double rest = column + matchWidth;
        after.resizeRelocate(left + rest, top, Math.max(0, width - rest), height);
    }

    // As wide as the list makes it, never wider: the context gives way instead.
    @Override
    protected double computePrefWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset()
                + Math.max(matched.prefHeight(-1), Math.max(before.prefHeight(-1), after.prefHeight(-1)));
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
