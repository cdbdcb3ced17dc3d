package org.verbatim.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.verbatim.project.MemoView;

/**
 * The dialog that writes or edits one memo: a title (not for a segment's own memo) and the
 * text; for a memo that exists, also Delete. Blank text with OK deletes it too.
 */
final class MemoEditor {
    /** The delete button's type, so a test can find it. */
    static final ButtonType DELETE = new ButtonType("Delete memo", ButtonBar.ButtonData.LEFT);

    /** What the user chose: keep this title and text, or delete the memo. */
    record Answer(String title, String text, boolean delete) { }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private MemoEditor() {
    }

    /** Edits {@code existing} (null: a new memo) on what {@code on} names, e.g. "document TOM-semi-02". */
    static Optional<Answer> show(Window owner, String on, MemoView existing, boolean withTitle) {
        TextField title = new TextField(existing == null || existing.title() == null ? "" : existing.title());
        title.setId("memo-title");
        title.setPromptText("Title (optional)");
        TextArea text = new TextArea(existing == null ? "" : existing.text());
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPrefSize(480, 220);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8);
        if (withTitle) {
            content.getChildren().add(title);
        }
        content.getChildren().add(text);
        if (existing != null) {
            Label when = new Label((existing.author() == null ? "" : existing.author() + " · ")
                    + WHEN.format(existing.updatedAt()));
            when.getStyleClass().add("muted");
            content.getChildren().add(when);
        }
        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Memo");
        d.setHeaderText((existing == null ? "New memo on " : "Memo on ") + on);
        d.setResizable(true);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (existing != null) {
            d.getDialogPane().getButtonTypes().add(DELETE);
        }
        d.setResultConverter(b -> b == ButtonType.OK ? new Answer(title.getText(), text.getText(), false)
                : b == DELETE ? new Answer(null, null, true) : null);
        d.setOnShown(e -> text.requestFocus());
        return d.showAndWait();
    }
}
