package org.verbatim.ui;

import javafx.scene.paint.Color;

/**
 * Colours of heat-map cells, opaque so their text colour can be chosen for contrast in either
 * theme: a single hue growing with the value, or blue for fewer and red for more than a test's
 * expectation, by the adjusted standardised residual.
 */
final class HeatColours {
    /** A residual beyond this is clearly more or fewer than independence would give. */
    static final double SIGNIFICANT = 1.96;
    private static final Color PALE = Color.web("#f6f8fa");
    private static final Color HIGH = Color.web("#0f6b66");
    private static final Color FEWER = Color.web("#1f5fa8");
    private static final Color MORE = Color.web("#b42318");
    /** Residuals are shaded up to this size; larger ones take the full colour. */
    private static final double RESIDUAL_SCALE = 4;

    private HeatColours() {
    }

    /** A cell's colour for {@code value} of at most {@code max}; the palest shade for the smallest non-zero value. */
    static Color sequential(double value, double max) {
        double t = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        return PALE.interpolate(HIGH, 0.08 + 0.92 * t);
    }

    /** A cell's colour for an adjusted standardised residual. */
    static Color diverging(double residual) {
        double t = Math.min(1, Math.abs(residual) / RESIDUAL_SCALE);
        return PALE.interpolate(residual < 0 ? FEWER : MORE, t);
    }

    /** Black or white text, whichever reads better on {@code background}. */
    static Color text(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
    }

    /** Inline CSS for a shaded cell. */
    static String style(Color background, boolean emphasised) {
        return "-fx-background-color: " + Ui.hex(background) + "; -fx-text-fill: " + Ui.hex(text(background)) + ";"
                + (emphasised ? " -fx-font-weight: bold; -fx-border-color: " + Ui.hex(text(background))
                + "; -fx-border-width: 1.5;" : "");
    }
}
