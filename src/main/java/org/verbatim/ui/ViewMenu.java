package org.verbatim.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The workspace's View menu: the dark theme, and the whole window larger or smaller (Ctrl+= and
 * Ctrl+-), both kept in the preferences.
 */
final class ViewMenu {
    private static final double DEFAULT_FONT_SIZE = 14;

    private final PreferencesStore preferences;
    private final Stage stage;
    private final Supplier<Parent> root;
    private final TranscriptPane transcript;
    private final Runnable themeChanged;

    /** {@code themeChanged} repaints what the stylesheet does not reach (inline heat-map colours). */
    ViewMenu(PreferencesStore preferences, Stage stage, Supplier<Parent> root, TranscriptPane transcript,
             Runnable themeChanged) {
        this.preferences = preferences;
        this.stage = stage;
        this.root = root;
        this.transcript = transcript;
        this.themeChanged = themeChanged;
    }

    Menu menu() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme", Ui.icon("mdi2t-theme-light-dark"));
        dark.setSelected(Preferences.DARK.equals(preferences.get().theme()));
        dark.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+D"));
        dark.setOnAction(e -> {
            String theme = dark.isSelected() ? Preferences.DARK : Preferences.LIGHT;
            preferences.update(p -> p.withTheme(theme));
            Ui.applyTheme(stage.getScene(), theme);
            themeChanged.run();
        });
        MenuItem larger = Ui.item("Larger (whole window)", null, () -> fontSize(+1));
        larger.setAccelerator(KeyCombination.valueOf("Shortcut+Equals"));
        MenuItem smaller = Ui.item("Smaller (whole window)", null, () -> fontSize(-1));
        smaller.setAccelerator(KeyCombination.valueOf("Shortcut+Minus"));
        return new Menu("_View", null, dark, larger, smaller);
    }

    private void fontSize(int step) {
        preferences.update(p -> p.withFontSize(Math.max(9, Math.min(40, p.fontSize() + step))));
        scale();
    }

    /**
     * The whole workspace — panes, tables, charts, the transcript — drawn at the preferred text
     * size; at the default size the theme's own sizes stand.
     */
    void scale() {
        double size = preferences.get().fontSize();
        root.get().setStyle(size == DEFAULT_FONT_SIZE ? "" : "-fx-font-size: " + size + "px;");
        transcript.setFontSize(size);
    }
}
