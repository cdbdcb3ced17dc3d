package org.verbatim.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.verbatim.project.SpeakerView;

/** Maps each speaker label of one document to a participant. */
final class SpeakerMapDialog {
    private static final String NOBODY = "(not mapped)";

    private SpeakerMapDialog() {
    }

    static void show(Window owner, SpeakerMapViewModel model, String documentName) {
        TableView<SpeakerView> table = new TableView<>(model.speakers());
        table.setId("speaker-map");
        table.setEditable(true);
        table.setPrefSize(520, 320);
        TableColumn<SpeakerView, String> speaker = new TableColumn<>("Speaker");
        speaker.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().speaker()));
        speaker.setPrefWidth(200);
        TableColumn<SpeakerView, Integer> turns = new TableColumn<>("Turns");
        turns.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().turns()));
        TableColumn<SpeakerView, String> participant = new TableColumn<>("Participant");
        participant.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().participant() == null ? NOBODY
                : model.participants().stream().filter(l -> SpeakerMapViewModel.keyOf(l).equals(c.getValue().participant()))
                .findFirst().orElse(c.getValue().participant())));
        javafx.collections.ObservableList<String> choices = javafx.collections.FXCollections.observableArrayList(NOBODY);
        model.participants().addListener((javafx.collections.ListChangeListener<String>) c -> {
            choices.setAll(NOBODY);
            choices.addAll(model.participants());
        });
        participant.setCellFactory(ComboBoxTableCell.forTableColumn(choices));
        participant.setOnEditCommit(e -> model.map(e.getRowValue().speaker(),
                NOBODY.equals(e.getNewValue()) ? null : e.getNewValue()));
        participant.setPrefWidth(260);
        table.getColumns().add(speaker);
        table.getColumns().add(turns);
        table.getColumns().add(participant);
        Label message = new Label();
        message.setId("speaker-map-message");
        message.textProperty().bind(model.message());
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        javafx.scene.control.Button create = Ui.button("New participant…", "mdi2a-account-plus-outline",
                "Make a participant for the chosen speaker (a new speaker with nobody to map to)", () -> {
                    SpeakerView chosen = table.getSelectionModel().getSelectedItem();
                    if (chosen == null) {
                        return;
                    }
                    javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                            suggestedId(chosen.speaker()));
                    ask.initOwner(table.getScene().getWindow());
                    ask.setTitle("New participant");
                    ask.setHeaderText("Id of the participant who speaks as " + chosen.speaker()
                            + " (named " + chosen.speaker() + ")");
                    ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty())
                            .ifPresent(key -> model.createParticipant(chosen.speaker(), key));
                });
        create.setId("speaker-map-new-participant");
        create.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());

        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Speakers of " + documentName);
        d.setHeaderText("Who is each speaker of " + documentName + "? Double-click a participant to change it.");
        d.getDialogPane().setContent(new VBox(8, table, create, message));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.load();
        d.show();
    }

    /** An id made of the speaker label's letters and digits ("Сергей Н." → "Сергей-Н"). */
    static String suggestedId(String speaker) {
        return speaker.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
