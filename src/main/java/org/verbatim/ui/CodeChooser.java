package org.verbatim.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Code with…": a type-ahead list of code paths. Typing narrows the list, a code named exactly
 * as typed first; Enter takes the highlighted code, or — when new codes are allowed and nothing
 * matches — a new code of the typed path. When codes match but none is exactly what was typed,
 * "New code: …" (button or Shift+Enter) makes the typed path.
 */
final class CodeChooser {
    private final CodebookViewModel codebook;
    private final String title;
    private final boolean allowNew;
    private final TextField typed = new TextField();
    private final ListView<String> list = new ListView<>();
    private final Button makeNew = new Button();
    private CodeChoices choices;

    CodeChooser(CodebookViewModel codebook, String title, boolean allowNew) {
        this.codebook = codebook;
        this.title = title;
        this.allowNew = allowNew;
        typed.setId("code-chooser-text");
        list.setId("code-chooser-list");
        makeNew.setId("code-chooser-new");
        makeNew.managedProperty().bind(makeNew.visibleProperty());
    }

    Optional<String> choose(Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        typed.setPromptText(allowNew ? "Type to find a code, or a new code's path" : "Type to find a code");
        list.setPrefSize(420, 300);
        show("");
        typed.textProperty().addListener((o, a, text) -> show(text));
        makeNew.setOnAction(e -> choices.newCode().ifPresent(path -> {
            dialog.setResult(path);
            dialog.close();
        }));
        typed.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown() && makeNew.isVisible()) {
                e.consume();
                makeNew.fire();
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
        dialog.getDialogPane().setContent(new VBox(8, typed, makeNew, list, hint));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? result() : null);
        Platform.runLater(typed::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    private void show(String text) {
        choices = CodeChoices.of(codebook.matching(""), text, allowNew);
        list.getItems().setAll(choices.matches());
        if (!text.isBlank() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        makeNew.setText(choices.newCode().map(path -> "New code: " + path + " (Shift+Enter)").orElse(""));
        makeNew.setVisible(choices.newCode().isPresent() && !choices.matches().isEmpty());
    }

    private String result() {
        String chosen = list.getSelectionModel().getSelectedItem();
        return chosen != null ? chosen : choices.newCode().orElse(null);
    }
}
