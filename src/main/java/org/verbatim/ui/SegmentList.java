package org.verbatim.ui;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.verbatim.project.SegmentView;

/**
 * A list of segments (of the open document, or retrieved across documents): code with its
 * colour, where it is, who coded it, its text. Choosing a row jumps to its place in the transcript.
 */
final class SegmentList {
    private final ListView<SegmentView> list;
    /** When a segment was said, or null: then the row gives its character offsets. */
    private Function<SegmentView, String> timeOf = s -> null;

    SegmentList(String id, ObservableList<SegmentView> items, CodebookViewModel codebook, boolean showDocument,
                Consumer<SegmentView> chosen, Function<SegmentView, ContextMenu> menu) {
        list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label("No segments"));
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Cells take the list's width, so long text wraps instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(SegmentView s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                if (empty || s == null) {
                    setGraphic(null);
                    setContextMenu(null);
                    return;
                }
                HBox head = new HBox(6, Ui.swatch(codebook.colour(s.codeId())), wrapped(s.code(), "segment-code", 64));
                head.setAlignment(Pos.TOP_LEFT);
                String time = timeOf.apply(s);
                String where = (showDocument ? s.document() + " · " : "")
                        + (time != null ? time : "[" + s.start() + "–" + s.end() + ")") + " · "
                        + s.coder() + (s.participants().isEmpty() ? "" : " · " + String.join(", ", s.participants()));
                // The whole passage, wrapped to the list's width: a researcher reads it here without opening it.
                VBox box = new VBox(2, head, wrapped(where, "segment-place", 40),
                        wrapped(s.text().replaceAll("\\s+", " ").strip(), "segment-text", 40));
                box.getStyleClass().add("segment-row");
                if (s.memo() != null) {
                    box.getChildren().add(wrapped("Memo: " + s.memo().strip(), "segment-memo", 40));
                }
                setGraphic(box);
                setContextMenu(menu == null ? null : menu.apply(s));
            }
        });
        list.setOnMouseClicked(e -> {
            SegmentView s = list.getSelectionModel().getSelectedItem();
            if (s != null && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                chosen.accept(s);
            }
        });
        list.setOnKeyPressed(e -> {
            SegmentView s = list.getSelectionModel().getSelectedItem();
            if (s != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                chosen.accept(s);
            }
        });
    }

    /**
     * Text wrapped to the list's width less {@code margin}. A {@link Text} rather than a wrapping
     * label: a list cell sizes its graphic without a width, and a label then keeps to one line.
     */
    private Text wrapped(String content, String styleClass, double margin) {
        Text text = new Text(content);
        text.getStyleClass().add(styleClass);
        text.wrappingWidthProperty().bind(list.widthProperty().subtract(margin));
        return text;
    }

    /** Rows give the time a segment was said where {@code time} knows it, instead of character offsets. */
    void showTimes(Function<SegmentView, String> time) {
        this.timeOf = time;
    }

    ListView<SegmentView> view() {
        return list;
    }

    void select(SegmentView segment) {
        list.getItems().stream().filter(s -> s.id() == segment.id()).findFirst().ifPresent(s -> {
            list.getSelectionModel().select(s);
            list.scrollTo(s);
        });
    }
}
