package org.verbatim.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.verbatim.project.ComparedPassage;
import org.verbatim.project.GroupComparison;
import org.verbatim.project.PassageOrder;
import org.verbatim.project.SegmentView;

/**
 * Groups side by side: a code and an attribute chosen above, then one column per value headed by
 * how many of the group raised the code, each listing the group's passages with their speakers;
 * a click on a passage opens it in its transcript, its star marks it as a quote for the report.
 */
final class ComparePane {
    /** Characters of context shown on either side of a passage. */
    private static final int CONTEXT = 90;
    private static final double MIN_COLUMN = 250;

    private final CompareViewModel model;
    private final Consumer<SegmentView> chosen;
    private final HBox columns = new HBox(10);
    private final ScrollPane scroll = new ScrollPane(columns);
    private final Label note = new Label();
    private final Label title = new Label();
    private final VBox root;

    ComparePane(CompareViewModel model, Consumer<SegmentView> chosen) {
        this.model = model;
        this.chosen = chosen;
        columns.setId("compare-columns");
        columns.setPadding(new Insets(4));
        scroll.setFitToHeight(true);
        scroll.setId("compare-scroll");
        note.setId("compare-note");
        note.setWrapText(true);
        note.getStyleClass().add("compare-note");
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        title.setId("compare-title");
        title.getStyleClass().add("pane-title");
        title.setWrapText(true);
        Label status = new Label();
        status.setId("compare-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.message());
        root = new VBox(6, controls(), title, note, scroll, status);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("compare");
        model.shown().addListener((o, a, c) -> render(c));
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fitColumns());
    }

    VBox root() {
        return root;
    }

    private javafx.scene.layout.FlowPane controls() {
        Comparison.Choosers choosers = Comparison.choosers(model.choices(), "compare");
        choosers.codes().setTooltip(new Tooltip("The code whose passages are compared (with its sub-codes)"));
        choosers.by().setTooltip(new Tooltip("One column per value of this attribute"));
        ChoiceBox<PassageOrder> order = new ChoiceBox<>();
        order.getItems().setAll(PassageOrder.values());
        order.setId("compare-order");
        order.valueProperty().bindBidirectional(model.order());
        order.setTooltip(new Tooltip("Most typical: the passages most alike the code's other passages, in their words"));
        return Comparison.controls(new Label("Code"), choosers.codes(), new Label("by"), choosers.by(),
                new Label("passages"), order, new Label("where"), choosers.filters());
    }

    private void render(GroupComparison c) {
        columns.getChildren().clear();
        if (c == null) {
            title.setText("");
            note.setText("");
            return;
        }
        GroupComparison.CodeComparison code = c.codes().get(0);
        title.setText(code.code() + (c.columnsAre().equals("everyone") ? "" : " · by " + c.attribute()));
        note.setText(c.note());
        for (GroupComparison.Group g : code.groups()) {
            columns.getChildren().add(column(g, c.unit()));
        }
        fitColumns();
    }

    /** Columns share the width; below a readable width they keep it and the row scrolls. */
    private void fitColumns() {
        int n = columns.getChildren().size();
        if (n == 0) {
            return;
        }
        double width = Math.max(MIN_COLUMN, (scroll.getViewportBounds().getWidth() - 12 - 10 * (n - 1)) / n);
        columns.getChildren().forEach(node -> ((Region) node).setPrefWidth(width));
    }

    private VBox column(GroupComparison.Group g, String unit) {
        Label value = new Label(g.value());
        value.getStyleClass().add("compare-group");
        Label figures = new Label(CompareViewModel.heading(g, unit));
        figures.getStyleClass().add("compare-figures");
        ProgressBar share = new ProgressBar(Double.isNaN(g.share().share()) ? 0 : g.share().share());
        share.setMaxWidth(Double.MAX_VALUE);
        share.getStyleClass().add("compare-share");
        ListView<ComparedPassage> passages = new ListView<>();
        passages.getItems().setAll(g.passages());
        passages.setPlaceholder(new Label("No passage in this group"));
        passages.setCellFactory(list -> new PassageCell(list));
        passages.getStyleClass().add("compare-passages");
        passages.setOnKeyPressed(e -> {
            ComparedPassage p = passages.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                chosen.accept(p.passage().segment());
            }
        });
        VBox.setVgrow(passages, Priority.ALWAYS);
        VBox column = new VBox(4, value, figures, share, passages);
        column.getStyleClass().add("compare-column");
        column.setId("compare-column-" + g.value().replaceAll("[^\\p{L}\\p{N}]+", "-"));
        column.setMinWidth(MIN_COLUMN);
        return column;
    }

    /** A passage: who said it and where, the words with a little context, and its quote star. */
    private final class PassageCell extends ListCell<ComparedPassage> {
        private final ListView<ComparedPassage> list;

        PassageCell(ListView<ComparedPassage> list) {
            this.list = list;
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null && !(e.getTarget() instanceof Button)) {
                    chosen.accept(getItem().passage().segment());
                }
            });
        }

        @Override
        protected void updateItem(ComparedPassage p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            SegmentView s = p.passage().segment();
            // Wrapped to the list's width: a list cell gives its graphic no width of its own.
            var width = list.widthProperty().subtract(40);
            Text speaker = new Text(speaker(p));
            speaker.getStyleClass().add("compare-speaker");
            String attributes = attributes(s);
            Text described = new Text(attributes.isEmpty() ? "" : " · " + attributes);
            described.getStyleClass().add("compare-context");
            TextFlow who = new TextFlow(speaker, described);
            who.prefWidthProperty().bind(width.subtract(34));
            who.maxWidthProperty().bind(width.subtract(34));
            Button star = Ui.button(null, p.quote() ? "mdi2s-star" : "mdi2s-star-outline",
                    p.quote() ? "Marked as a quote for the report; click to unmark" : "Mark as a quote for the report",
                    () -> model.toggleQuote(p));
            star.getStyleClass().addAll("flat", p.quote() ? "quote-marked" : "quote-unmarked");
            star.setId("quote-" + s.id());
            ChangeControls.disable(model.session(), star);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(4, who, gap, star);
            top.setAlignment(Pos.TOP_LEFT);
            Text before = new Text(tail(p.passage().before()));
            before.getStyleClass().add("compare-context");
            Text words = new Text(s.text().strip());
            words.getStyleClass().add("compare-words");
            Text after = new Text(head(p.passage().after()));
            after.getStyleClass().add("compare-context");
            TextFlow text = new TextFlow(before, words, after);
            text.prefWidthProperty().bind(width);
            text.maxWidthProperty().bind(width);
            Text where = new Text(s.document() + String.format(java.util.Locale.ROOT, " · typicality %.2f", p.typicality()));
            where.getStyleClass().add("compare-context");
            VBox box = new VBox(3, top, text, where);
            box.prefWidthProperty().bind(width);
            box.maxWidthProperty().bind(width);
            setGraphic(box);
            setTooltip(new Tooltip("Click to open in " + s.document()));
        }
    }

    /** "Andrei V. (NNV-R01)": who said it. */
    static String speaker(ComparedPassage p) {
        SegmentView s = p.passage().segment();
        String speakers = String.join(", ", p.passage().speakers());
        return s.participants().isEmpty() ? speakers : speakers + " (" + String.join(", ", s.participants()) + ")";
    }

    /** "city Nizhny Novgorod, age 27, …": the speakers' attributes. */
    static String attributes(SegmentView s) {
        return s.participantAttributes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String tail(String before) {
        String flat = before.replaceAll("\\s+", " ");
        return flat.isEmpty() ? "" : "…" + flat.substring(Math.max(0, flat.length() - CONTEXT));
    }

    private static String head(String after) {
        String flat = after.replaceAll("\\s+", " ");
        return flat.isEmpty() ? "" : flat.substring(0, Math.min(CONTEXT, flat.length())) + "…";
    }
}
