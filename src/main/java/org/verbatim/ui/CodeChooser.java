package org.verbatim.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Code with…": a type-ahead list of code paths. Typing narrows the list; Enter takes the
 * highlighted code, or — when new codes are allowed and nothing matches — a new code of the
 * typed path.
 */
final class CodeChooser {
    private final CodebookViewModel codebook;
    private final String title;
    private final boolean allowNew;
    private final TextField typed = new TextField();
    private final ListView<String> list = new ListView<>();

    CodeChooser(CodebookViewModel codebook, String title, boolean allowNew) {
        this.codebook = codebook;
        this.title = title;
        this.allowNew = allowNew;
        typed.setId("code-chooser-text");
        list.setId("code-chooser-list");
    }

    Optional<String> choose(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        typed.setPromptText(allowNew ? "Type to find a code, or a new code's path" : "Type to find a code");
        list.setPrefSize(420, 300);
        list.getItems().setAll(codebook.matching(""));
        typed.textProperty().addListener((o, a, text) -> {
            list.getItems().setAll(codebook.matching(text));
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        typed.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        Label hint = new Label(allowNew ? "Enter: code with the highlighted code, or make the typed one" : "Enter: choose");
        hint.getStyleClass().add("muted");
        dialog.getDialogPane().setContent(new VBox(8, typed, list, hint));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? result() : null);
        Platform.runLater(typed::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    private String result() {
        String chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            return chosen;
        }
        return allowNew ? typed.getText().strip() : null;
    }
}
