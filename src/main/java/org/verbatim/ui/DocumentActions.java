package org.verbatim.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import org.verbatim.project.DocumentSummary;

/**
 * Rename… and Remove… in the document list's context menu. Renaming is undoable; removing is
 * not, and its confirmation says so before anything is removed.
 */
final class DocumentActions {
    private final DocumentListViewModel model;
    private final Supplier<Optional<DocumentSummary>> selected;
    private final Node owner;

    DocumentActions(DocumentListViewModel model, Supplier<Optional<DocumentSummary>> selected, Node owner) {
        this.model = model;
        this.selected = selected;
        this.owner = owner;
    }

    List<MenuItem> items() {
        MenuItem rename = Ui.item("Rename…", "mdi2f-file-edit-outline", () -> selected.get().ifPresent(this::rename));
        rename.setId("document-rename");
        MenuItem remove = Ui.item("Remove from project…", "mdi2f-file-remove-outline",
                () -> selected.get().ifPresent(this::remove));
        remove.setId("document-remove");
        return List.of(rename, remove);
    }

    private void rename(DocumentSummary d) {
        TextInputDialog ask = new TextInputDialog(d.name());
        ask.initOwner(owner.getScene().getWindow());
        ask.setTitle("Rename document");
        ask.setHeaderText("New name of " + d.name());
        ask.getEditor().setId("document-new-name");
        ask.showAndWait().filter(name -> !name.strip().equals(d.name())).ifPresent(name -> model.rename(d, name));
    }

    private void remove(DocumentSummary d) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(owner.getScene().getWindow());
        confirm.setTitle("Remove document");
        confirm.setHeaderText("Remove " + d.name() + " from the project?");
        confirm.setContentText("Its text, " + Plural.of(d.turns(), "turn") + ", " + Plural.of(d.segments(), "segment")
                + ", memos and attribute values are removed for good. This cannot be undone: Undo (Ctrl+Z) will not"
                + " bring it back, and nothing done before it can be undone afterwards.");
        ButtonType removeButton = new ButtonType("Remove for good", ButtonType.OK.getButtonData());
        confirm.getButtonTypes().setAll(removeButton, ButtonType.CANCEL);
        confirm.showAndWait().filter(b -> b == removeButton).ifPresent(b -> model.remove(d));
    }
}
