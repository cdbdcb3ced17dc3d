package org.verbatim.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.verbatim.project.AgreementRow;
import org.verbatim.project.AgreementUnit;
import org.verbatim.project.CodingDifference;

/**
 * Two coders side by side: their choosers above; a table of each code's agreement (and each
 * code group's, and all codes together); below it the chosen row's passages where the coders
 * differ, each coder's words in a column of their own, and the same row document by document.
 * A click or Enter on a passage opens it in its transcript.
 */
final class AgreementPane {
    /** Opens a document at a passage, selected. */
    @FunctionalInterface
    interface Opener {
        void open(long documentId, int start, int end);
    }

    private static final double NUMBER_WIDTH = 78;
    /** "Only pavel": wide enough for a coder's name. */
    private static final double ONLY_WIDTH = 104;
    /** The seven columns of figures together. */
    /** "Agree %": a little wider than a number. */
    private static final double AGREE_WIDTH = 86;
    private static final double FIGURES_WIDTH = 4 * NUMBER_WIDTH + AGREE_WIDTH + 2 * ONLY_WIDTH;
    /** The text size the widths above are for: the theme's own. */
    private static final double DEFAULT_FONT_SIZE = 14;
    private double scale = 1;

    private final AgreementViewModel model;
    private final Opener opener;
    private final TableView<AgreementViewModel.Row> table = new TableView<>();
    private final TableView<AgreementViewModel.DocumentRow> perDocument = new TableView<>();
    private final ListView<CodingDifference> differences = new ListView<>();
    private final VBox root;

    AgreementPane(AgreementViewModel model, Opener opener) {
        this.model = model;
        this.opener = opener;
        Label note = new Label();
        note.setId("agreement-note");
        note.setWrapText(true);
        note.getStyleClass().add("compare-note");
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.textProperty().bind(model.why());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        Label status = new Label();
        status.setId("agreement-status");
        status.getStyleClass().add("muted");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(model.message());

        codeTable();
        TabPane below = new TabPane(tab("Where they differ", differencesView()), tab("By document", documentTable()),
                notesTab());
        below.setId("agreement-below");
        SplitPane split = new SplitPane(table, below);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        split.visibleProperty().bind(model.shown().isNotNull());
        split.managedProperty().bind(split.visibleProperty());
        root = new VBox(6, controls(), note, split, status);
        // The figures' columns grow with the text size (View ▸ Larger), as the theme's own sizes do.
        status.fontProperty().addListener((o, a, font) -> {
            scale = font.getSize() / DEFAULT_FONT_SIZE;
            fit(table, 0);
            fit(perDocument, 0);
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        root.setId("agreement");
    }

    VBox root() {
        return root;
    }

    TableView<AgreementViewModel.Row> table() {
        return table;
    }

    ListView<CodingDifference> differences() {
        return differences;
    }

    TableView<AgreementViewModel.DocumentRow> perDocument() {
        return perDocument;
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    private javafx.scene.layout.FlowPane controls() {
        ComboBox<String> first = chooser("agreement-first", model.coders(), model.first(), 105);
        first.setTooltip(new Tooltip("The first coder (coder A)"));
        ComboBox<String> second = chooser("agreement-second", model.coders(), model.second(), 105);
        second.setTooltip(new Tooltip("The second coder (coder B)"));
        ChoiceBox<AgreementUnit> unit = new ChoiceBox<>();
        unit.getItems().setAll(AgreementUnit.values());
        unit.setId("agreement-unit");
        unit.setConverter(Comparison.labels(u -> u == AgreementUnit.TURN ? "turns" : "characters"));
        unit.valueProperty().bindBidirectional(model.unit());
        unit.setTooltip(new Tooltip("Compare turn by turn, or character by character of spoken text"));
        ComboBox<String> codes = chooser("agreement-codes", model.codes(), model.code(), 210);
        TypeAhead.install(codes);
        codes.setTooltip(new Tooltip("Only this code and its sub-codes; type part of a name to find it"));
        ComboBox<String> documents = chooser("agreement-documents", model.documents(), model.document(), 170);
        TypeAhead.install(documents);
        documents.setTooltip(new Tooltip("Only this document; type part of its name to find it"));
        return Comparison.controls(new Label("Coders"), first, new Label("and"), second, new Label("by"), unit,
                new Label("Code"), codes, new Label("in"), documents);
    }

    private static ComboBox<String> chooser(String id, javafx.collections.ObservableList<String> items,
                                            javafx.beans.property.StringProperty choice, double width) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setPrefWidth(width);
        Comparison.follow(box.valueProperty(), items, choice);
        return box;
    }

    private void codeTable() {
        table.setId("agreement-table");
        table.setPlaceholder(new Label("No code was used by either coder in the documents compared"));
        TableColumn<AgreementViewModel.Row, String> code = column("Code", r -> r.figures().code());
        code.setId("agreement-code-column");
        code.setCellFactory(c -> new EllipsisCell<>());
        table.getColumns().add(code);
        table.getColumns().addAll(figures(AgreementViewModel.Row::figures));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        code.setMaxWidth(5000);
        // The figures keep their width; the code column takes what is left (constrained: no horizontal scrolling).
        table.widthProperty().addListener((o, a, w) -> fit(table, w.doubleValue()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AgreementViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("agreement-overall", "agreement-group");
                if (!empty && row != null && row.kind() != AgreementViewModel.Kind.CODE) {
                    getStyleClass().add(row.kind() == AgreementViewModel.Kind.OVERALL ? "agreement-overall"
                            : "agreement-group");
                }
            }
        });
        table.setItems(model.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                model.selected().set(row);
            }
        });
        model.selected().addListener((o, a, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                // A couple of rows above it stay in sight, for context.
                table.scrollTo(Math.max(0, table.getItems().indexOf(row) - 2));
            }
        });
        model.rows().addListener((ListChangeListener<AgreementViewModel.Row>) c -> {
            AgreementViewModel.Row row = model.selected().get();
            if (row != null && model.rows().contains(row)) {
                table.getSelectionModel().select(row);
            }
        });
        model.shown().addListener((o, a, b) -> headings(table.getColumns()));
    }

    /** Units, both, only A, only B, agreement, kappa, alpha: the columns {@code verbatim agreement} prints. */
    private <T> java.util.List<TableColumn<T, String>> figures(Function<T, AgreementRow> figures) {
        java.util.List<TableColumn<T, String>> out = new java.util.ArrayList<>();
        out.add(number("Units", t -> String.valueOf(figures.apply(t).units())));
        out.add(number("Both", t -> AgreementViewModel.count(figures.apply(t).both())));
        out.add(number("Only A",
                t -> AgreementViewModel.count(figures.apply(t).firstOnly())));
        out.add(number("Only B",
                t -> AgreementViewModel.count(figures.apply(t).secondOnly())));
        out.add(number("Agree %",
                t -> AgreementViewModel.percent(figures.apply(t).percentAgreement())));
        out.add(number("Kappa",
                t -> AgreementViewModel.coefficient(figures.apply(t).kappa())));
        out.add(number("Alpha",
                t -> AgreementViewModel.coefficient(figures.apply(t).alpha())));
        return out;
    }

    /** "Only elena", "Only pavel": the coders' names in the headings once they are known. */
    private void headings(java.util.List<? extends TableColumn<?, ?>> columns) {
        var shown = model.shown().get();
        if (shown == null) {
            return;
        }
        for (TableColumn<?, ?> c : columns) {
            if ("Only A".equals(c.getUserData())) {
                c.setText("Only " + shown.overall().coders().get(0));
            } else if ("Only B".equals(c.getUserData())) {
                c.setText("Only " + shown.overall().coders().get(1));
            }
        }
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> Bindings.createStringBinding(() -> value.apply(f.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> c = column(title, value);
        c.setUserData(title);
        c.setPrefWidth(baseWidth(title));
        c.setMinWidth(baseWidth(title) - 10);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static double baseWidth(String title) {
        return title.startsWith("Only") ? ONLY_WIDTH : title.startsWith("Agree") ? AGREE_WIDTH : NUMBER_WIDTH;
    }

    /**
     * The figures keep their width at the text size; the first column (code or document) takes
     * what is left, so the table never scrolls sideways.
     */
    private void fit(TableView<?> view, double width) {
        double w = width > 0 ? width : view.getWidth();
        for (TableColumn<?, ?> c : view.getColumns().subList(1, view.getColumns().size())) {
            double figure = baseWidth((String) c.getUserData()) * scale;
            c.setMinWidth(figure - 10);
            c.setPrefWidth(figure);
        }
        view.getColumns().get(0).setPrefWidth(Math.max(160, w - FIGURES_WIDTH * scale - 20));
    }

    private TableView<AgreementViewModel.DocumentRow> documentTable() {
        perDocument.setId("agreement-documents-table");
        perDocument.setPlaceholder(new Label("Choose a row above"));
        TableColumn<AgreementViewModel.DocumentRow, String> doc = column("Document", AgreementViewModel.DocumentRow::document);
        doc.setCellFactory(c -> new EllipsisCell<>());
        perDocument.getColumns().add(doc);
        perDocument.getColumns().addAll(figures(AgreementPane::documentFigures));
        perDocument.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        doc.setMaxWidth(5000);
        perDocument.widthProperty().addListener((o, a, w) -> fit(perDocument, w.doubleValue()));
        perDocument.setItems(model.byDocument());
        model.shown().addListener((o, a, b) -> headings(perDocument.getColumns()));
        perDocument.setOnMouseClicked(e -> {
            var row = perDocument.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row != null) {
                opener.open(row.documentId(), 0, 0);
            }
        });
        return perDocument;
    }

    /** Neither coder used the row's codes in this document: every unit both judged is an agreement on "no". */
    private static AgreementRow documentFigures(AgreementViewModel.DocumentRow r) {
        if (r.figures() != null) {
            return r.figures();
        }
        return new AgreementRow("", r.units(), 0L, 0L, 0L, r.units(), r.units() == 0 ? null : 100.0, null, null, null);
    }

    /** What the figures leave out and why (a document without turns, sub-codes applied together). */
    private Tab notesTab() {
        Label notes = new Label();
        notes.setId("agreement-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(model.note());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(notes);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(6));
        Tab tab = tab("Notes", scroll);
        tab.textProperty().bind(Bindings.createStringBinding(() -> model.note().get().isEmpty() ? "Notes"
                : "Notes (" + model.note().get().lines().count() + ")", model.note()));
        return tab;
    }

    private VBox differencesView() {
        Label summary = new Label();
        summary.setId("agreement-differences-summary");
        summary.getStyleClass().add("muted");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(this::summary, model.differences(), model.selected()));
        differences.setId("agreement-differences");
        differences.setItems(model.differences());
        differences.setPlaceholder(new Label("The two coders coded these codes alike"));
        differences.setCellFactory(list -> new DifferenceCell());
        differences.setOnKeyPressed(e -> {
            CodingDifference d = differences.getSelectionModel().getSelectedItem();
            if (d != null && e.getCode() == KeyCode.ENTER) {
                opener.open(d.documentId(), d.start(), d.end());
                e.consume();
            }
        });
        VBox box = new VBox(4, summary, differences);
        box.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(differences, Priority.ALWAYS);
        return box;
    }

    private String summary() {
        var shown = model.shown().get();
        var row = model.selected().get();
        if (shown == null || row == null) {
            return "";
        }
        String a = shown.overall().coders().get(0);
        String b = shown.overall().coders().get(1);
        long onlyA = model.differences().stream().filter(d -> d.kind() == CodingDifference.Kind.FIRST_ONLY).count();
        long onlyB = model.differences().stream().filter(d -> d.kind() == CodingDifference.Kind.SECOND_ONLY).count();
        long bounds = model.differences().size() - onlyA - onlyB;
        String what = row.kind() == AgreementViewModel.Kind.OVERALL ? "all codes" : row.figures().code();
        return what + ": " + Plural.of(model.differences().size(), "passage") + " coded differently — " + onlyA
                + " only by " + a + ", " + onlyB + " only by " + b + ", " + bounds
                + " by both with different bounds. Click a passage (or press Enter) to open it in its transcript.";
    }

    /** A passage: where it is and how the codings differ, then each coder's words side by side. */
    private final class DifferenceCell extends ListCell<CodingDifference> {
        DifferenceCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    opener.open(getItem().documentId(), getItem().start(), getItem().end());
                }
            });
        }

        @Override
        protected void updateItem(CodingDifference d, boolean empty) {
            super.updateItem(d, empty);
            setText(null);
            if (empty || d == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            var shown = model.shown().get();
            String a = shown == null ? "A" : shown.overall().coders().get(0);
            String b = shown == null ? "B" : shown.overall().coders().get(1);
            ObservableValue<Number> width = getListView().widthProperty().subtract(36);
            Text where = new Text(d.document() + (d.speaker().isEmpty() ? "" : " · " + d.speaker()) + " · ");
            where.getStyleClass().add("compare-context");
            Text code = new Text(d.code());
            code.getStyleClass().add("compare-speaker");
            Text kind = new Text(" · " + switch (d.kind()) {
                case FIRST_ONLY -> "only " + a;
                case SECOND_ONLY -> "only " + b;
                case DIFFERENT_BOUNDS -> "both, different bounds";
            });
            kind.getStyleClass().add("agreement-kind");
            TextFlow heading = new TextFlow(where, code, kind);
            HBox sides = new HBox(12, side(a, d.first(), width), side(b, d.second(), width));
            VBox box = new VBox(3, heading, sides);
            box.prefWidthProperty().bind(width);
            box.maxWidthProperty().bind(width);
            heading.prefWidthProperty().bind(width);
            heading.maxWidthProperty().bind(width);
            setGraphic(box);
            setTooltip(new Tooltip("Click or press Enter to open in " + d.document()));
        }

        private VBox side(String coder, String words, ObservableValue<Number> width) {
            Label name = new Label(coder);
            name.getStyleClass().add("agreement-coder");
            Text text = new Text(words.isEmpty() ? "not coded" : words);
            text.getStyleClass().add(words.isEmpty() ? "compare-context" : "compare-words");
            TextFlow flow = new TextFlow(text);
            var half = Bindings.createDoubleBinding(() -> (width.getValue().doubleValue() - 12) / 2, width);
            // Less the side's padding.
            flow.prefWidthProperty().bind(half.subtract(14));
            flow.maxWidthProperty().bind(half.subtract(14));
            VBox side = new VBox(1, name, flow);
            side.getStyleClass().add(words.isEmpty() ? "agreement-side-empty" : "agreement-side");
            side.prefWidthProperty().bind(half);
            side.maxWidthProperty().bind(half);
            side.setMinWidth(0);
            side.setAlignment(Pos.TOP_LEFT);
            HBox.setHgrow(side, Priority.ALWAYS);
            return side;
        }
    }

    /** A cell whose text is cut with an ellipsis and shown whole in a tooltip. */
    private static final class EllipsisCell<T> extends TableCell<T, String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
            setTooltip(empty || value == null ? null : new Tooltip(value));
        }
    }
}
