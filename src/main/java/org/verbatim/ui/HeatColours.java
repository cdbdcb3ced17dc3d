package org.verbatim.ui;

import javafx.application.Application;
import javafx.scene.paint.Color;

/**
 * Colours of heat-map cells, opaque so their text colour can be chosen for contrast: a single hue
 * growing with the value, or blue for fewer and red for more than a test's expectation, by the
 * adjusted standardised residual. Each shade grows out of the current theme's background, so the
 * faintest cells sit quietly in a dark window as in a light one; a view repaints its cells when
 * the theme changes.
 */
final class HeatColours {
    /** A residual beyond this is clearly more or fewer than independence would give. */
    static final double SIGNIFICANT = 1.96;
    private static final Palette LIGHT = new Palette(Color.web("#f6f8fa"), Color.web("#0f6b66"), Color.web("#1f5fa8"),
            Color.web("#b42318"));
    private static final Palette DARK = new Palette(Color.web("#161b22"), Color.web("#2aa198"), Color.web("#388bfd"),
            Color.web("#f85149"));
    /** Residuals are shaded up to this size; larger ones take the full colour. */
    private static final double RESIDUAL_SCALE = 4;
    /**
     * The chosen cell's outline: the theme's selection colour outside, its background inside, so it
     * shows on the palest and on the deepest shade alike, and differs from a significant cell's.
     */
    private static final String CHOSEN = " -fx-border-color: -color-accent-emphasis, -color-bg-default;"
            + " -fx-border-width: 3, 1.5; -fx-border-insets: 0, 3;";

    private record Palette(Color pale, Color high, Color fewer, Color more) { }

    private HeatColours() {
    }

    private static Palette palette() {
        return String.valueOf(Application.getUserAgentStylesheet()).contains("dark") ? DARK : LIGHT;
    }

    /** A cell's colour for {@code value} of at most {@code max}; the palest shade for the smallest non-zero value. */
    static Color sequential(double value, double max) {
        double t = max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
        Palette p = palette();
        return p.pale().interpolate(p.high(), 0.08 + 0.92 * t);
    }

    /** A cell's colour for an adjusted standardised residual. */
    static Color diverging(double residual) {
        double t = Math.min(1, Math.abs(residual) / RESIDUAL_SCALE);
        Palette p = palette();
        return p.pale().interpolate(residual < 0 ? p.fewer() : p.more(), t);
    }

    /** Black or white text, whichever reads better on {@code background}. */
    static Color text(Color background) {
        double luminance = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
        return luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
    }

    /** Inline CSS for a shaded cell. */
    static String style(Color background, boolean emphasised) {
        return style(background, emphasised, false);
    }

    /**
     * Inline CSS for a cell, shaded when {@code background} is not null, outlined strongly when it
     * is the {@code chosen} one: an inline shade would otherwise hide the table's selection.
     */
    static String style(Color background, boolean emphasised, boolean chosen) {
        String shade = background == null ? "" : "-fx-background-color: " + Ui.hex(background) + "; -fx-text-fill: "
                + Ui.hex(text(background)) + ";";
        String border = chosen ? CHOSEN : emphasised && background != null ? " -fx-border-color: "
                + Ui.hex(text(background)) + "; -fx-border-width: 1.5;" : "";
        return shade + (emphasised ? " -fx-font-weight: bold;" : "") + border;
    }
}
