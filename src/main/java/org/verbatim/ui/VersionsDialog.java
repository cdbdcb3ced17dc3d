package org.verbatim.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.verbatim.project.DocumentVersion;
import org.verbatim.project.TextDiff;

/**
 * A document's versions (when, by whom, what changed) and, for the chosen version, what
 * differs from the version before: deleted words struck through in red, inserted words in
 * green, long unchanged stretches shortened to their ends.
 */
final class VersionsDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    /** Characters of unchanged text kept on each side of a change. */
    private static final int CONTEXT = 120;

    private VersionsDialog() {
    }

    static void show(Window owner, CorrectionViewModel model, String documentName) {
        ListView<DocumentVersion> versions = new ListView<>();
        versions.setId("version-list");
        versions.setPrefWidth(300);
        versions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : "Version " + v.number() + (v.current() ? " (current)" : "") + "\n"
                        + TIME.format(v.savedAt()) + (v.editor().isEmpty() ? "" : " · " + v.editor()) + "\n"
                        + v.summary());
            }
        });
        TextFlow difference = new TextFlow(new Text("Choose a version to see what it changed"));
        difference.setId("version-difference");
        difference.setPadding(new javafx.geometry.Insets(8));
        ScrollPane scroll = new ScrollPane(difference);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 420);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v == null) {
                return;
            }
            if (v.number() == 1) {
                difference.getChildren().setAll(new Text("Version 1 is the text as imported."));
                return;
            }
            model.difference(v.number() - 1, v.number(), pieces -> difference.getChildren().setAll(texts(pieces)));
        });
        model.history(list -> {
            versions.getItems().setAll(list);
            versions.getSelectionModel().selectLast();
        });
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Versions of " + documentName);
        dialog.setHeaderText("Versions of " + documentName);
        dialog.getDialogPane().setContent(new HBox(8, versions, scroll));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    static List<Text> texts(List<TextDiff.Piece> pieces) {
        java.util.ArrayList<Text> out = new java.util.ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            TextDiff.Piece p = pieces.get(i);
            Text t = new Text(p.kind() == TextDiff.PieceKind.KEPT ? shorten(p.text(), i > 0, i < pieces.size() - 1)
                    : p.text());
            switch (p.kind()) {
                case DELETED -> {
                    t.setStrikethrough(true);
                    t.getStyleClass().add("diff-deleted");
                    t.setStyle("-fx-fill: #c62828;");
                }
                case INSERTED -> {
                    t.getStyleClass().add("diff-inserted");
                    t.setStyle("-fx-fill: #2e7d32; -fx-font-weight: bold;");
                }
                default -> t.getStyleClass().add("diff-kept");
            }
            out.add(t);
        }
        return out;
    }

    /** Unchanged text with only its ends kept next to the changes before and after it. */
    private static String shorten(String kept, boolean changeBefore, boolean changeAfter) {
        int head = changeBefore ? CONTEXT : 0;
        int tail = changeAfter ? CONTEXT : 0;
        if (kept.length() <= head + tail + 5) {
            return kept;
        }
        return kept.substring(0, head) + " … " + kept.substring(kept.length() - tail);
    }
}
