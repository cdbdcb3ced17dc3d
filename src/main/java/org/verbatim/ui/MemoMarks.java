package org.verbatim.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.MemoView;

/**
 * Where memos are, shown where the researcher reads: a note glyph in the transcript's margin
 * beside each paragraph holding a segment with a memo, a "Document memo" button under the
 * transcript's title, and a glyph beside a document's or a code's name in the lists. Hovering
 * shows the memo; clicking opens it.
 */
final class MemoMarks {
    /** Width of the margin's memo column, the same on every paragraph so the text does not shift. */
    static final double COLUMN = 16;
    private static final String GLYPH = "mdi2n-note-text-outline";

    private final MemosViewModel model;
    private final Consumer<MemoView> open;

    /** {@code open} shows a memo for reading and editing. */
    MemoMarks(MemosViewModel model, Consumer<MemoView> open) {
        this.model = model;
        this.open = open;
    }

    /** Runs {@code action} whenever the memos change, so the marks are drawn again. */
    void onChange(Runnable action) {
        model.all().addListener((javafx.collections.ListChangeListener<MemoView>) c -> action.run());
    }

    /** Whether the margin needs a memo column for this document (it has memos on segments). */
    boolean hasColumn(long documentId) {
        return !model.onSegmentsOf(documentId).isEmpty();
    }

    /**
     * The margin's memo mark for the paragraph {@code [from, to)}: a glyph when a segment with a
     * memo starts in it (hover shows the memos, a click opens the memo, or offers them when there
     * are several), otherwise an empty slot of the same width.
     */
    Node margin(long documentId, int from, int to) {
        List<MemoView> here = model.onSegmentsOf(documentId).stream()
                .filter(m -> m.start() >= from && m.start() <= to).toList();
        if (here.isEmpty()) {
            Region slot = new Region();
            slot.setMinWidth(COLUMN);
            slot.setPrefWidth(COLUMN);
            return slot;
        }
        Label glyph = new Label(null, icon());
        glyph.getStyleClass().add("memo-mark");
        glyph.setMinWidth(COLUMN);
        glyph.setPrefWidth(COLUMN);
        glyph.setAlignment(Pos.TOP_CENTER);
        glyph.setCursor(Cursor.HAND);
        glyph.setUserData(here);
        install(glyph, here);
        glyph.setOnMouseClicked(e -> {
            if (here.size() == 1) {
                open.accept(here.get(0));
            } else {
                ContextMenu choose = new ContextMenu();
                for (MemoView m : here) {
                    choose.getItems().add(Ui.item(MemoDialog.abbreviate(m.on() + ": " + m.firstLine(), 80),
                            MemosPane.icon(m.target()), () -> open.accept(m)));
                }
                choose.show(glyph, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        return glyph;
    }

    /**
     * A button under the transcript's title that shows the open document's memo: hidden when it
     * has none, its tooltip the memo, a click opening it.
     */
    Node documentButton(javafx.beans.value.ObservableValue<DocumentDetail> document) {
        Button button = new Button("Document memo", icon());
        button.setId("document-memo");
        button.getStyleClass().addAll("flat", "small");
        button.managedProperty().bind(button.visibleProperty());
        ChangeControls.disable(model.session(), button);
        Runnable update = () -> {
            DocumentDetail d = document.getValue();
            List<MemoView> memos = d == null ? List.of() : model.onDocument(d.document().id());
            button.setVisible(!memos.isEmpty());
            if (!memos.isEmpty()) {
                button.setText(memos.size() == 1 ? "Document memo" : memos.size() + " document memos");
                install(button, memos);
                button.setOnAction(e -> open.accept(memos.get(0)));
            }
        };
        document.addListener((o, a, b) -> update.run());
        onChange(update);
        update.run();
        return button;
    }

    /** Puts a memo glyph after a name in a list, with the memo as its tooltip; nothing when {@code memo} is null. */
    static void mark(Label name, String memo) {
        if (memo == null) {
            return;
        }
        FontIcon glyph = icon();
        glyph.getStyleClass().add("memo-mark");
        name.setGraphic(glyph);
        name.setContentDisplay(ContentDisplay.RIGHT);
        Tooltip tip = new Tooltip("Memo: " + memo);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        name.setTooltip(tip);
    }

    /** A glyph to set beside a name that cannot carry one (a wrapping text), with the memo as its tooltip; null without a memo. */
    static Node glyph(String memo) {
        if (memo == null) {
            return null;
        }
        FontIcon glyph = icon();
        glyph.getStyleClass().add("memo-mark");
        Tooltip tip = new Tooltip("Memo: " + memo);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        Tooltip.install(glyph, tip);
        return glyph;
    }

    private static void install(javafx.scene.control.Control node, List<MemoView> memos) {
        StringBuilder text = new StringBuilder();
        for (MemoView m : memos) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            // The memo first, then whose it is and what it is on.
            text.append(m.text()).append("\n— ").append(m.author() == null ? "" : m.author() + ", ").append("on ")
                    .append(m.on());
        }
        Tooltip tip = new Tooltip(text.toString());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(30));
        node.setTooltip(tip);
    }

    private static FontIcon icon() {
        FontIcon glyph = new FontIcon(GLYPH);
        glyph.getStyleClass().add("memo-glyph");
        return glyph;
    }
}
