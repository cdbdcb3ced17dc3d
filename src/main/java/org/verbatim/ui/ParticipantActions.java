package org.verbatim.ui;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.verbatim.project.ParticipantView;

/**
 * The Participants tab's Add…, Rename… and Remove… buttons with their dialogs; each change is
 * one edit of the window's undo history.
 */
final class ParticipantActions {
    private final ParticipantsViewModel model;
    private final TableView<ParticipantView> table;
    private final Session session;

    ParticipantActions(ParticipantsViewModel model, TableView<ParticipantView> table, Session session) {
        this.model = model;
        this.table = table;
        this.session = session;
    }

    /**
     * The three buttons, as icons with their names in tooltips (the side pane is narrow on a
     * laptop); Rename… and Remove… act on the selected participant.
     */
    List<Button> buttons() {
        Button add = Ui.button(null, "mdi2a-account-plus-outline", "Add… a participant: an id and a name", this::add);
        add.setId("participant-add");
        Button rename = Ui.button(null, "mdi2a-account-edit-outline",
                "Rename… the selected participant", () -> selected(this::rename));
        rename.setId("participant-rename");
        Button remove = Ui.button(null, "mdi2a-account-remove-outline",
                "Remove… the selected participant (Ctrl+Z brings them back)", () -> selected(this::remove));
        remove.setId("participant-remove");
        ChangeControls.disable(session, add);
        ChangeControls.disable(session, table.getSelectionModel().selectedItemProperty().isNull(), rename, remove);
        return List.of(add, rename, remove);
    }

    /** The same actions, named, in the table's context menu. */
    ContextMenu menu() {
        MenuItem add = Ui.item("Add participant…", "mdi2a-account-plus-outline", this::add);
        MenuItem rename = Ui.item("Rename…", "mdi2a-account-edit-outline", () -> selected(this::rename));
        MenuItem remove = Ui.item("Remove…", "mdi2a-account-remove-outline", () -> selected(this::remove));
        ChangeControls.disable(session, add);
        ChangeControls.disable(session, table.getSelectionModel().selectedItemProperty().isNull(), rename, remove);
        return new ContextMenu(add, rename, remove);
    }

    private void selected(java.util.function.Consumer<ParticipantView> action) {
        ParticipantView p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            action.accept(p);
        }
    }

    private void add() {
        TextField key = new TextField();
        key.setId("new-participant-id");
        key.setPromptText("for example P52");
        TextField name = new TextField();
        name.setId("new-participant-name");
        name.setPromptText("optional: shown beside the id");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Id"), key);
        form.addRow(1, new Label("Name"), name);
        Dialog<ButtonType> d = dialog("New participant", "The id is how sheets, speaker maps and the command line"
                + " name the participant; it must be new.", form);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(key.textProperty().isEmpty());
        javafx.application.Platform.runLater(key::requestFocus);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.add(key.getText(), name.getText()));
    }

    private void rename(ParticipantView p) {
        TextField name = new TextField(p.name() == null ? "" : p.name());
        name.setId("participant-new-name");
        Dialog<ButtonType> d = dialog("Rename " + p.key(), "The new name of " + p.key()
                + " (the id stays as it is).", name);
        javafx.application.Platform.runLater(name::requestFocus);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.rename(p, name.getText()));
    }

    private void remove(ParticipantView p) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(window());
        confirm.setTitle("Remove participant");
        confirm.setHeaderText("Remove " + p.key() + (p.name() == null ? "" : " (" + p.name() + ")") + "?");
        confirm.setContentText((p.attributes().isEmpty() ? "" : "Their " + Plural.of(p.attributes().size(),
                "attribute value") + " go with them. ")
                + (p.documents() == 0 ? "" : "Their speaker labels in " + Plural.of(p.documents(), "document")
                + " stay in the transcripts, mapped to nobody. ")
                + "Memos on them are removed too. Edit ▸ Undo (Ctrl+Z) brings it all back.");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.remove(p));
    }

    private Dialog<ButtonType> dialog(String title, String header, javafx.scene.Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    private Window window() {
        return table.getScene().getWindow();
    }
}
