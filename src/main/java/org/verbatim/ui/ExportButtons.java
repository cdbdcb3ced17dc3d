package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/**
 * "Export PNG…" and "Export CSV…" for one chart or table: a picture of {@code picture} and the
 * figures of {@code table}, to files the user chooses. CSV can be written for Excel (with a
 * byte-order mark) by choosing that file type.
 */
final class ExportButtons {
    private final Session session;
    private final Node picture;
    private final CsvExport figures;
    private final String name;
    private final Consumer<String> report;
    private final HBox root;

    ExportButtons(Session session, String name, Node picture, Supplier<TableExport> table, Consumer<String> report) {
        this.session = session;
        this.name = name;
        this.picture = picture;
        this.figures = new CsvExport(session, name, picture, table, report);
        this.report = report;
        Button png = Ui.button("Export PNG…", "mdi2i-image-outline", "Save this as a picture", this::choosePng);
        png.setId(name + "-export-png");
        Button csv = figures.button("Save these figures for a spreadsheet");
        png.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new HBox(6, png, csv);
    }

    HBox root() {
        return root;
    }

    /** The same two exports behind one small button, for a narrow pane. */
    MenuButton menu() {
        MenuButton menu = new MenuButton(null, Ui.icon("mdi2e-export-variant"),
                Ui.item("Export PNG…", "mdi2i-image-outline", this::choosePng),
                figures.item("Export CSV…"));
        menu.setId(name + "-export");
        menu.setTooltip(new Tooltip("Save this as a picture, or its figures for a spreadsheet"));
        return menu;
    }

    /** Writes the picture to {@code file}. */
    void png(Path file) {
        ImageExport.write(session, picture, file, report);
    }

    /** Writes the figures to {@code file}, with a byte-order mark for Excel when {@code excel}. */
    void csv(Path file, boolean excel) {
        figures.csv(file, excel);
    }

    private void choosePng() {
        FileChooser chooser = CsvExport.chooser("Export " + name + " as a picture", name + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG picture", "*.png"));
        File chosen = chooser.showSaveDialog(picture.getScene().getWindow());
        if (chosen != null) {
            png(chosen.toPath());
        }
    }
}
