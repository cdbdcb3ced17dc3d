package org.verbatim.ui;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.verbatim.project.SegmentView;

/** Edits a segment's memo; blank clears it. */
final class MemoDialog {
    private MemoDialog() {
    }

    static Optional<String> edit(Window owner, SegmentView segment) {
        TextArea text = new TextArea(segment.memo() == null ? "" : segment.memo());
        text.setId("memo-text");
        text.setWrapText(true);
        text.setPrefSize(460, 200);
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Memo");
        d.setHeaderText("Memo on " + segment.code() + ": “" + abbreviate(segment.text(), 80) + "”");
        d.getDialogPane().setContent(text);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        return d.showAndWait();
    }

    static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
