package org.verbatim.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export coded excerpts…: which segments (all, or the current retrieval), the CSV file,
 * and the byte-order mark for Excel. The export itself runs in the background, its progress and
 * Cancel in the status bar.
 */
final class ExportDialog {
    private ExportDialog() {
    }

    static void show(Window owner, ExportViewModel model) {
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton("Every coded segment of the project");
        all.setId("export-all");
        all.setToggleGroup(scope);
        RadioButton retrieved = new RadioButton(model.canExportRetrieved()
                ? "The retrieved segments: " + model.retrievedDescription()
                : "The retrieved segments (retrieve a code on the right first)");
        retrieved.setId("export-retrieved");
        retrieved.setToggleGroup(scope);
        retrieved.setDisable(!model.canExportRetrieved());
        (model.onlyRetrieved().get() && model.canExportRetrieved() ? retrieved : all).setSelected(true);

        TextField file = new TextField();
        file.setId("export-file");
        file.textProperty().bindBidirectional(model.file());
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox where = new HBox(6, file, Ui.button("Browse…", "mdi2f-folder-open", null, () -> browse(owner, model)));

        CheckBox bom = new CheckBox("Byte-order mark for Excel (so it shows Cyrillic correctly)");
        bom.setId("export-excel");
        bom.selectedProperty().bindBidirectional(model.excelBom());

        VBox content = new VBox(10, all, retrieved, new Label("CSV file"), where, bom);
        content.setPrefWidth(560);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Export coded excerpts");
        d.setHeaderText("Export coded excerpts as CSV: document, participants and their attributes, code, text, "
                + "offsets, coder, memo");
        d.getDialogPane().setContent(content);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(export).setId("export-start");
        d.showAndWait().filter(b -> b == export).ifPresent(b -> {
            model.onlyRetrieved().set(retrieved.isSelected());
            if (model.target().filter(Files::exists).map(path -> confirmReplace(owner, path)).orElse(true)) {
                model.export();
            }
        });
        file.textProperty().unbindBidirectional(model.file());
        bom.selectedProperty().unbindBidirectional(model.excelBom());
    }

    private static boolean confirmReplace(Window owner, Path file) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, file + " already exists. Replace it with this export?",
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(owner);
        ask.setTitle("Replace file");
        ask.setHeaderText(null);
        return ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private static void browse(Window owner, ExportViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export coded excerpts to");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        Path current = model.target().map(Path::toAbsolutePath).orElse(null);
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            model.file().set(chosen.getPath());
        }
    }
}
