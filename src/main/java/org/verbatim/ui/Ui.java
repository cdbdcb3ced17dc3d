package org.verbatim.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small building blocks the views share: icons, colour swatches, themes. */
final class Ui {
    private Ui() {
    }

    static FontIcon icon(String literal) {
        return new FontIcon(literal);
    }

    static Button button(String text, String iconLiteral, String tooltip, Runnable action) {
        Button b = new Button(text, iconLiteral == null ? null : icon(iconLiteral));
        if (tooltip != null) {
            b.setTooltip(new Tooltip(tooltip));
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    static MenuItem item(String text, String iconLiteral, Runnable action) {
        MenuItem m = new MenuItem(text, iconLiteral == null ? null : icon(iconLiteral));
        m.setOnAction(e -> action.run());
        return m;
    }

    /** A small square in a code's colour. */
    static Rectangle swatch(String colour) {
        Rectangle r = new Rectangle(12, 12, color(colour));
        r.setArcWidth(4);
        r.setArcHeight(4);
        r.getStyleClass().add("swatch");
        return r;
    }

    static Color color(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Color.GRAY;
        }
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    /** {@code rgba(...)} of a code colour at {@code alpha}, for inline CSS. */
    static String rgba(String hex, double alpha) {
        Color c = color(hex);
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255), alpha);
    }

    /** Applies the light or dark theme to the whole application, and Verbatim's own styles to {@code scene}. */
    static void applyTheme(Scene scene, String theme) {
        Application.setUserAgentStylesheet(Preferences.DARK.equals(theme)
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String css = Ui.class.getResource("verbatim.css").toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
