package org.verbatim.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.MemoView;

/**
 * The Memos tab: every memo with what it is on, who wrote it, when, and its first line; a
 * choice of kind and a filter that narrows the list as you type. Double-click or Enter opens
 * what the memo is on and the memo itself.
 */
final class MemosPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private final ListView<MemoView> list = new ListView<>();
    private final VBox root;

    /**
     * {@code open} shows a memo's target and lets the user edit the memo; {@code edit} only edits
     * it; {@code delete} deletes it; {@code projectMemo} writes or edits the project's memo.
     */
    MemosPane(MemosViewModel model, Consumer<MemoView> open, Consumer<MemoView> edit, Consumer<MemoView> delete,
              Runnable projectMemo) {
        ComboBox<MemosViewModel.Kind> kind = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(MemosViewModel.Kind.values()));
        kind.setId("memo-kind");
        kind.valueProperty().bindBidirectional(model.kind());
        kind.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(kind, Priority.ALWAYS);
        Button project = Ui.button("Project memo…", "mdi2b-book-open-outline",
                "Write or edit the memo on the whole project", projectMemo);
        project.setId("project-memo");
        ChangeControls.disable(model.session(), project);
        project.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(6, kind, project);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("memo-filter");
        filter.setPromptText("Filter memos by their words or what they are on");
        filter.textProperty().bindBidirectional(model.filter());

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.setId("memo-count");
        Runnable counted = () -> count.setText(model.shown().size() == model.all().size()
                ? Plural.of(model.all().size(), "memo")
                : model.shown().size() + " of " + Plural.of(model.all().size(), "memo"));
        model.shown().addListener((javafx.collections.ListChangeListener<MemoView>) c -> counted.run());
        counted.run();

        list.setId("memo-list");
        list.setItems(model.shown());
        list.setCellFactory(v -> new MemoCell());
        list.setPlaceholder(new Label("No memos. Right-click a document, a code, a participant or a coded passage"
                + " and choose Memo…, or write a project memo."));
        ((Label) list.getPlaceholder()).setWrapText(true);
        ((Label) list.getPlaceholder()).setPadding(new Insets(12));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen() != null) {
                open.accept(chosen());
            }
        });
        list.setOnKeyPressed(e -> {
            if (chosen() == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(chosen());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && ChangeControls.writable(model.session())) {
                delete.accept(chosen());
                e.consume();
            }
        });
        MenuItem editItem = Ui.item("Edit…", "mdi2n-note-edit-outline", () -> ifChosen(edit));
        MenuItem deleteItem = Ui.item("Delete", "mdi2d-delete-outline", () -> ifChosen(delete));
        ChangeControls.disable(model.session(), editItem, deleteItem);
        list.setContextMenu(new ContextMenu(Ui.item("Open", "mdi2o-open-in-app", () -> ifChosen(open)), editItem,
                deleteItem));
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, top, filter, count, list);
        root.setPadding(new Insets(6));
    }

    private MemoView chosen() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void ifChosen(Consumer<MemoView> action) {
        if (chosen() != null) {
            action.accept(chosen());
        }
    }

    VBox root() {
        return root;
    }

    ListView<MemoView> list() {
        return list;
    }

    /** The icon of what a memo is on. */
    static String icon(MemoTarget target) {
        return switch (target) {
            case PROJECT -> "mdi2b-book-open-outline";
            case DOCUMENT -> "mdi2f-file-document-outline";
            case CODE -> "mdi2t-tag-outline";
            case PARTICIPANT -> "mdi2a-account-outline";
            case SEGMENT -> "mdi2f-format-quote-close";
        };
    }

    /** The kind of target in words, as the list's rows begin. */
    static String kind(MemoTarget target) {
        return switch (target) {
            case PROJECT -> "Project";
            case DOCUMENT -> "Document";
            case CODE -> "Code";
            case PARTICIPANT -> "Participant";
            case SEGMENT -> "Segment";
        };
    }

    /** A memo in three lines: kind and target; first line of the text; title, author and date. */
    private static final class MemoCell extends ListCell<MemoView> {
        @Override
        protected void updateItem(MemoView m, boolean empty) {
            super.updateItem(m, empty);
            setText(null);
            if (empty || m == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label on = new Label(kind(m.target()) + ": " + m.on(), Ui.icon(icon(m.target())));
            on.setStyle("-fx-font-weight: bold;");
            on.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            Label first = new Label(m.firstLine());
            first.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            List<String> facts = new ArrayList<>();
            if (m.title() != null && !m.title().isBlank() && !m.title().equals("Memo")) {
                facts.add(m.title());
            }
            if (m.author() != null) {
                facts.add(m.author());
            }
            facts.add(DAY.format(m.updatedAt()));
            Label meta = new Label(String.join(" · ", facts));
            meta.getStyleClass().add("muted");
            VBox box = new VBox(1, on, first, meta);
            // As wide as the list: long names are shortened rather than widening the list sideways.
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(28));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            on.setMaxWidth(Double.MAX_VALUE);
            first.setMaxWidth(Double.MAX_VALUE);
            setGraphic(box);
            Tooltip tip = new Tooltip(m.on() + "\n\n" + m.text());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }
}
