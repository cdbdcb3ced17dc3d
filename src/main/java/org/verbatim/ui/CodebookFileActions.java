package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Import codebook… and Export ▸ Codebook…: Verbatim's JSON or a REFI-QDA codebook
 * (.qdc), as {@code verbatim codes --import/--export} read and write them. An import is one
 * edit of the undo history; a file that is not a codebook is refused with what is wrong in it.
 */
final class CodebookFileActions {
    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter(
            "Verbatim codebook (JSON)", "*.json");
    private static final FileChooser.ExtensionFilter QDC = new FileChooser.ExtensionFilter(
            "REFI-QDA codebook (.qdc)", "*.qdc");
    private final Session session;
    private final Window owner;

    CodebookFileActions(Session session, Window owner) {
        this.session = session;
        this.owner = owner;
    }

    /** The import item (for the File menu) and the export item (for File ▸ Export). */
    List<MenuItem> items() {
        MenuItem importItem = Ui.item("Import codebook…", "mdi2b-book-arrow-down-outline", this::chooseImport);
        importItem.setId("menu-import-codebook");
        MenuItem exportItem = Ui.item("Codebook…", "mdi2b-book-arrow-up-outline", this::chooseExport);
        exportItem.setId("menu-export-codebook");
        return List.of(importItem, exportItem);
    }

    /** Adds the codes of a codebook file; existing codes (same path) take its colours and descriptions. */
    void importFrom(Path file) {
        CodebookImportEdit edit = new CodebookImportEdit(file);
        session.history().perform(edit, () -> edit.changedAnything()
                ? "Imported codebook " + file.getFileName() + ": " + edit.outcome() + " (Ctrl+Z undoes it)"
                : "Imported codebook " + file.getFileName() + ": every code was already there as it is", null);
    }

    /** Writes the codebook to {@code file}: .qdc by its name, else JSON. */
    void exportTo(Path file) {
        session.read("Exporting the codebook to " + file.getFileName(), p -> {
            p.codebookFiles().export(file);
            return file;
        }, written -> session.history().say("Codebook written to " + written),
                failure -> session.history().say("Codebook not exported: " + failure));
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a codebook");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Codebooks (JSON, .qdc)", "*.json",
                "*.qdc"), JSON, QDC);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            importFrom(chosen.toPath());
        }
    }

    private void chooseExport() {
        FileChooser chooser = CsvExport.chooser("Export the codebook", session.name() + " codebook.json");
        chooser.getExtensionFilters().addAll(JSON, QDC);
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            Path file = chosen.toPath();
            // The type chosen decides the format when the name has no extension of its own.
            if (!file.getFileName().toString().contains(".")) {
                file = file.resolveSibling(file.getFileName() + (chooser.getSelectedExtensionFilter() == QDC ? ".qdc"
                        : ".json"));
            }
            exportTo(file);
        }
    }
}
