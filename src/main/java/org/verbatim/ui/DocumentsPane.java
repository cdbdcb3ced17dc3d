package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.project.DocumentSummary;

/** The documents: a filter box, a grouping choice, and the grouped list with counts, which exports as CSV. */
final class DocumentsPane {
    private final DocumentListViewModel model;
    private final TreeView<Object> tree = new TreeView<>(new TreeItem<>("documents"));
    private final CsvExport export;
    private final Session session;
    private final VBox root;
    /** The memo on a document (its text) for the mark beside its name, or null. */
    private java.util.function.LongFunction<String> memoOf = id -> null;
    /** True while the selection is restored after a reload: not a user's choice, so nothing reopens. */
    private boolean selecting;

    DocumentsPane(DocumentListViewModel model, Consumer<DocumentSummary> open, Consumer<DocumentSummary> mapSpeakers,
                  Consumer<DocumentSummary> editAttributes, Session session, Consumer<String> report) {
        this.model = model;
        this.session = session;
        export = new CsvExport(session, "documents", tree, this::table, report);
        TextField filter = new TextField();
        filter.setId("document-filter");
        filter.setPromptText("Filter by name or attribute");
        filter.textProperty().bindBidirectional(model.filter());
        ComboBox<String> groupBy = new ComboBox<>(model.groupings());
        groupBy.setId("document-grouping");
        groupBy.valueProperty().bindBidirectional(model.groupBy());
        groupBy.setMaxWidth(Double.MAX_VALUE);
        Label by = new Label("Group by");
        Button csv = Ui.button(null, "mdi2f-file-delimited-outline",
                "Export CSV… — the documents listed, with their counts and attributes, for a spreadsheet",
                export::choose);
        csv.setId("documents-export-csv");
        HBox grouping = new HBox(6, by, groupBy, csv);
        grouping.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(groupBy, Priority.ALWAYS);

        tree.setId("documents");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new DocumentCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!selecting && item != null && item.getValue() instanceof DocumentSummary d) {
                open.accept(d);
            }
        });
        MenuItem speakers = Ui.item("Map speakers to participants…", "mdi2a-account-voice",
                () -> selected().ifPresent(mapSpeakers));
        MenuItem attributes = Ui.item("Edit attributes…", "mdi2r-rename-box", () -> selected().ifPresent(editAttributes));
        List<MenuItem> actions = new DocumentActions(model, this::selected, tree).items();
        ChangeControls.disable(session, speakers, attributes);
        ChangeControls.disable(session, actions.toArray(MenuItem[]::new));
        ContextMenu menu = new ContextMenu(speakers, attributes, export.item("Export list as CSV…"));
        tree.setContextMenu(menu);
        menu.getItems().addAll(2, actions);
        model.groups().addListener((o, a, groups) -> rebuild());
        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(6, filter, grouping, tree);
        root.setPadding(new Insets(6));
    }

    /** The document selected in the list, if a document (not a group) is. */
    java.util.Optional<DocumentSummary> selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof DocumentSummary d ? java.util.Optional.of(d)
                : java.util.Optional.empty();
    }

    private void rebuild() {
        Object chosen = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        long chosenId = chosen instanceof DocumentSummary d ? d.id() : -1;
        TreeItem<Object> root = tree.getRoot();
        root.getChildren().clear();
        TreeItem<Object> reselect = null;
        for (DocumentListViewModel.Group g : model.groups().get()) {
            TreeItem<Object> parent = root;
            if (!DocumentListViewModel.NO_GROUPING.equals(g.name())) {
                parent = new TreeItem<>(g);
                parent.setExpanded(true);
                root.getChildren().add(parent);
            }
            for (DocumentSummary d : g.documents()) {
                TreeItem<Object> item = new TreeItem<>(d);
                parent.getChildren().add(item);
                if (d.id() == chosenId) {
                    reselect = item;
                }
            }
        }
        if (reselect != null) {
            // Same document, fresh counts: select it again without reopening it.
            TreeItem<Object> again = reselect;
            selecting = true;
            tree.getSelectionModel().select(again);
            selecting = false;
        }
    }

    /** Adds Memo… to the list's menu, and marks the documents {@code memoOf} gives a memo for (hover shows it). */
    void showMemos(Consumer<DocumentSummary> write, java.util.function.LongFunction<String> memoOf) {
        MenuItem memo = Ui.item("Memo…", "mdi2n-note-edit-outline", () -> selected().ifPresent(write));
        ChangeControls.disable(session, memo);
        tree.getContextMenu().getItems().add(memo);
        this.memoOf = memoOf;
    }

    /** Draws the memo marks again (the memos changed). */
    void refreshMemoMarks() {
        tree.refresh();
    }

    /** Selects a document by id, as if the user had clicked it. */
    void select(long documentId) {
        itemOf(documentId).ifPresent(item -> tree.getSelectionModel().select(item));
    }

    /**
     * Follows the document shown in the transcript (opened from a search hit, a segment, or
     * restored): it is marked as the chosen one, without being opened again.
     */
    void follow(javafx.beans.value.ObservableValue<org.verbatim.project.DocumentDetail> shown) {
        shown.addListener((o, a, open) -> {
            if (open != null) {
                showOpen(open.document().id());
            }
        });
    }

    private void showOpen(long documentId) {
        itemOf(documentId).filter(item -> tree.getSelectionModel().getSelectedItem() != item).ifPresent(item -> {
            selecting = true;
            tree.getSelectionModel().select(item);
            tree.scrollTo(tree.getRow(item));
            selecting = false;
        });
    }

    private java.util.Optional<TreeItem<Object>> itemOf(long documentId) {
        for (TreeItem<Object> top : tree.getRoot().getChildren()) {
            for (TreeItem<Object> item : top.getValue() instanceof DocumentSummary ? java.util.List.of(top) : top.getChildren()) {
                if (item.getValue() instanceof DocumentSummary d && d.id() == documentId) {
                    return java.util.Optional.of(item);
                }
            }
        }
        return java.util.Optional.empty();
    }

    VBox root() {
        return root;
    }

    /** The CSV export of the listed documents, as its button runs it. */
    CsvExport export() {
        return export;
    }

    /**
     * The documents as listed (filtered, in their groups' order): name, format, turns, words,
     * segments, then every document attribute.
     */
    private TableExport table() {
        List<DocumentSummary> listed = model.groups().get().stream().flatMap(g -> g.documents().stream()).toList();
        TreeSet<String> attributes = new TreeSet<>();
        model.documents().forEach(d -> attributes.addAll(d.attributes().keySet()));
        List<String> header = new ArrayList<>(List.of("name", "format", "turns", "words", "segments"));
        header.addAll(attributes);
        List<List<String>> rows = new ArrayList<>();
        for (DocumentSummary d : listed) {
            List<String> row = new ArrayList<>(List.of(d.name(), d.format() == null ? "" : d.format(),
                    String.valueOf(d.turns()), String.valueOf(d.words()), String.valueOf(d.segments())));
            attributes.forEach(a -> row.add(d.attributes().getOrDefault(a, "")));
            rows.add(row);
        }
        return new TableExport(header, rows);
    }

    /** A document's or a group's size: "12 turns · 1,009 words · 1 segment". */
    static String counts(long turns, long words, long segments) {
        return Plural.of(turns, "turn") + " · " + Plural.of(words, "word") + " · " + Plural.of(segments, "segment");
    }

    private final class DocumentCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof DocumentSummary d) {
                Label name = new Label(d.name());
                MemoMarks.mark(name, memoOf.apply(d.id()));
                Label counts = new Label(counts(d.turns(), d.words(), d.segments()));
                counts.getStyleClass().add("code-count");
                setGraphic(new VBox(1, name, counts));
            } else if (item instanceof DocumentListViewModel.Group g) {
                Label name = new Label(g.name() + " (" + g.documents().size() + ")");
                name.setStyle("-fx-font-weight: bold;");
                Label counts = new Label(counts(g.turns(), g.words(), g.segments()));
                counts.getStyleClass().add("code-count");
                setGraphic(new VBox(1, name, counts));
            }
        }
    }
}
