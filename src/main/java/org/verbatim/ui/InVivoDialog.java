package org.verbatim.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edit ▸ New code from selection: asks for the new code's name, offering the selected words
 * (shortened to whole words), and codes the selection with it once the user confirms.
 */
final class InVivoDialog {
    private InVivoDialog() {
    }

    /** Asks for the name and codes the selection; nothing happens when nothing is selected or the user cancels. */
    static void codeSelection(Window owner, CodingViewModel coding, TranscriptViewModel transcript) {
        String suggested = coding.inVivoSuggestion();
        if (suggested.isEmpty()) {
            return;
        }
        TextField name = new TextField(suggested);
        name.setId("in-vivo-name");
        name.setPrefColumnCount(40);
        Label quote = new Label("“" + MemoDialog.abbreviate(transcript.selectedText(), 160) + "”");
        quote.setWrapText(true);
        quote.setMaxWidth(460);
        quote.getStyleClass().add("muted");
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New code from selection");
        d.setHeaderText("Name of the new code (a top-level code, coding the selected words)");
        d.getDialogPane().setContent(new VBox(8, quote, name));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? name.getText() : null);
        d.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        d.showAndWait().ifPresent(coding::codeInVivo);
    }
}
