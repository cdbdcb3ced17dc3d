package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * "Export CSV…" for one table: the rows it shows, to a file the user chooses, spreadsheet-safe.
 * Choosing the Excel file type writes a byte-order mark first, so Excel keeps Cyrillic intact.
 */
final class CsvExport {
    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV (UTF-8)", "*.csv");
    private static final FileChooser.ExtensionFilter EXCEL =
            new FileChooser.ExtensionFilter("CSV for Excel (UTF-8 with byte-order mark)", "*.csv");
    private static final String ICON = "mdi2f-file-delimited-outline";

    private final Session session;
    private final String name;
    private final Node owner;
    private final Supplier<TableExport> table;
    private final Consumer<String> report;

    /** {@code name} names the file offered and the controls' ids; {@code owner} places the file chooser. */
    CsvExport(Session session, String name, Node owner, Supplier<TableExport> table, Consumer<String> report) {
        this.session = session;
        this.name = name;
        this.owner = owner;
        this.table = table;
        this.report = report;
    }

    /** An "Export CSV…" button with {@code tooltip}. */
    Button button(String tooltip) {
        Button b = Ui.button("Export CSV…", ICON, tooltip, this::choose);
        b.setId(name + "-export-csv");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    /** The same export as a menu item called {@code text}. */
    MenuItem item(String text) {
        return Ui.item(text, ICON, this::choose);
    }

    /** Writes the table to {@code file}, with a byte-order mark for Excel when {@code excel}. */
    void csv(Path file, boolean excel) {
        TableExport t = table.get();
        if (t == null) {
            report.accept("Nothing to export yet");
            return;
        }
        t.write(session, file, excel, report);
    }

    /** Asks where to write the table, and in which of the two encodings, then writes it. */
    void choose() {
        FileChooser chooser = chooser("Export " + name + " as CSV", name + ".csv");
        chooser.getExtensionFilters().addAll(CSV, EXCEL);
        File chosen = chooser.showSaveDialog(owner.getScene().getWindow());
        if (chosen != null) {
            csv(chosen.toPath(), chooser.getSelectedExtensionFilter() == EXCEL);
        }
    }

    /** A save dialog titled {@code title}, offering {@code file} in the user's home folder. */
    static FileChooser chooser(String title, String file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(file);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }
}
