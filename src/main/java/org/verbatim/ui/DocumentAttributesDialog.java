package org.verbatim.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.verbatim.project.DocumentSummary;

/** Edits a document's attributes (city, format, date…), with one empty row for a new attribute. */
final class DocumentAttributesDialog {
    private DocumentAttributesDialog() {
    }

    static void show(Window owner, DocumentSummary document, DocumentListViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Map<String, TextField> fields = new LinkedHashMap<>();
        int row = 0;
        for (var e : document.attributes().entrySet()) {
            TextField value = new TextField(e.getValue());
            fields.put(e.getKey(), value);
            grid.addRow(row++, new Label(e.getKey()), value);
        }
        TextField newName = new TextField();
        newName.setPromptText("new attribute");
        newName.setId("document-new-attribute");
        TextField newValue = new TextField();
        newValue.setId("document-new-attribute-value");
        grid.addRow(row, newName, newValue);

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Attributes of " + document.name());
        d.setHeaderText("Attributes of " + document.name() + " (blank clears a value)");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            fields.forEach((name, field) -> {
                if (!field.getText().strip().equals(document.attributes().get(name))) {
                    model.setAttribute(document, name, field.getText());
                }
            });
            if (!newName.getText().isBlank() && !newValue.getText().isBlank()) {
                model.setAttribute(document, newName.getText(), newValue.getText());
            }
        });
    }
}
