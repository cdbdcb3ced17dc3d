package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.IndependenceTest;
import org.verbatim.model.analysis.RowTest;
import org.verbatim.model.analysis.RowTests;
import org.verbatim.project.SegmentView;

/**
 * The cross-tab as a heat map: codes (indented by depth) by an attribute's values, a total
 * column and rows for the column totals and the participants per value; cells shaded by the
 * value shown, or — with the test on — by their adjusted standardised residual, blue for fewer
 * and red for more than independence would give. Clicking a cell lists its segments below.
 */
final class CrossTabPane {
    /** One line of the table: a code (by its index in the cross-tab), or one of the margins. */
    record Line(int index, String label, int depth, Kind kind) { }

    enum Kind { CODE, TOTAL, PARTICIPANTS }

    /** On the selected code cell: outlined so that it shows over its shade. */
    static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final CrossTabViewModel model;
    private final TableView<Line> table = new TableView<>();
    private final Label result = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private final Label status = new Label();
    private final SplitPane root;
    private final ExportButtons export;

    CrossTabPane(CrossTabViewModel model, Session session, CodebookViewModel codebook, Consumer<SegmentView> chosen) {
        this.model = model;
        table.setId("crosstab-table");
        table.setPlaceholder(new Label("Choose codes and an attribute to compare"));
        table.setMinHeight(190);
        table.getSelectionModel().setCellSelectionEnabled(true);
        result.setId("crosstab-test-result");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        // Without a test there is no result line, and no empty line to leave between table and legend.
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        legend.setId("crosstab-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("muted");
        status.setId("crosstab-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        model.message().addListener((o, a, m) -> status.setText(m));
        export = new ExportButtons(session, "crosstab", table, this::tableExport, status::setText);

        // The export buttons and the line saying what is shown share a row: the table keeps the height.
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox exportRow = new HBox(10, export.root(), status);
        exportRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, controls(), table, result, legend, exportRow);
        VBox.setVgrow(table, Priority.ALWAYS);
        top.setPadding(new Insets(8));

        Label cellSummary = new Label();
        cellSummary.setId("crosstab-cell-summary");
        cellSummary.textProperty().bind(model.cellSummary());
        cellSummary.getStyleClass().add("pane-title");
        SegmentList segments = new SegmentList("crosstab-segments", model.segments(), codebook, true, chosen, null);
        VBox bottom = new VBox(4, cellSummary, segments.view());
        VBox.setVgrow(segments.view(), Priority.ALWAYS);
        bottom.setPadding(new Insets(4, 8, 8, 8));

        root = new SplitPane(top);
        root.setOrientation(Orientation.VERTICAL);
        // A chosen cell's segments open below the table; until then the table has the whole height.
        model.cell().addListener((o, a, c) -> {
            if (c != null && !root.getItems().contains(bottom)) {
                root.getItems().add(bottom);
                root.setDividerPositions(0.76);
            } else if (c == null) {
                root.getItems().remove(bottom);
            }
        });
        root.setId("crosstab");
        model.shown().addListener((o, a, s) -> render());
        model.display().addListener((o, a, d) -> render());
        model.cell().addListener((o, a, c) -> selectCell());
    }

    /** Shows the chosen cell as selected, however it was chosen. */
    private void selectCell() {
        CrossTabViewModel.Cell c = model.cell().get();
        CrossTabViewModel.Shown shown = model.shown().get();
        if (c == null || shown == null) {
            return;
        }
        int column = shown.table().columns().indexOf(c.column());
        for (Line line : table.getItems()) {
            if (line.kind() == Kind.CODE && column >= 0 && shown.table().rows().get(line.index()).code().equals(c.code())) {
                table.getSelectionModel().clearAndSelect(table.getItems().indexOf(line), table.getColumns().get(column + 1));
            }
        }
    }

    SplitPane root() {
        return root;
    }

    /** Shades the table and legend again for the theme just applied. */
    void themeChanged() {
        render();
    }

    ExportButtons export() {
        return export;
    }

    TableView<Line> table() {
        return table;
    }

    private FlowPane controls() {
        Comparison.Choosers choosers = Comparison.choosers(model.choices(), "crosstab");
        choosers.codes().setTooltip(new Tooltip("Rows: this code and its sub-codes"));
        choosers.by().setTooltip(new Tooltip("Columns: the values of this attribute"));
        ChoiceBox<CrossTabViewModel.Display> display = new ChoiceBox<>();
        display.getItems().setAll(CrossTabViewModel.Display.values());
        display.setId("crosstab-display");
        display.valueProperty().bindBidirectional(model.display());
        CheckBox test = new CheckBox("Test");
        test.setId("crosstab-test");
        test.setTooltip(new Tooltip("Chi-square or Fisher's exact test of the chosen code's sub-codes by the attribute;"
                + " cells shaded by their standardised residual"));
        test.selectedProperty().bindBidirectional(model.test());
        return Comparison.controls(new Label("Codes"), choosers.codes(), new Label("by"), choosers.by(),
                new Label("counting"), choosers.unit(), new Label("show"), display, test,
                new Label("where"), choosers.filters());
    }

    private void render() {
        CrossTabViewModel.Shown shown = model.shown().get();
        table.getColumns().clear();
        table.getItems().clear();
        legend.getChildren().clear();
        result.setText("");
        if (shown == null) {
            return;
        }
        CrossTab t = shown.table();
        int minDepth = t.rows().stream().mapToInt(CrossTab.Row::depth).min().orElse(0);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            CrossTab.Row r = t.rows().get(i);
            lines.add(new Line(i, AnalysisRows.leaf(r.code()), r.depth() - minDepth, Kind.CODE));
        }
        lines.add(new Line(-1, "Total", 0, Kind.TOTAL));
        if (t.participants() != null) {
            lines.add(new Line(-1, "Respondents", 0, Kind.PARTICIPANTS));
        }
        TableColumn<Line, Line> code = new TableColumn<>("Code");
        code.setPrefWidth(230);
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        code.setCellFactory(c -> new CodeCell(t));
        code.setSortable(false);
        table.getColumns().add(code);
        double max = maxShown(t);
        for (int j = 0; j < t.columns().size(); j++) {
            table.getColumns().add(valueColumn(t, j, max));
        }
        TableColumn<Line, Line> total = new TableColumn<>("Total");
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        total.setCellFactory(c -> new PlainCell(line -> switch (line.kind()) {
            case CODE -> Long.toString(t.rows().get(line.index()).total());
            case TOTAL -> Long.toString(t.grandTotal());
            case PARTICIPANTS -> Long.toString(java.util.Arrays.stream(t.participants()).sum());
        }));
        total.setSortable(false);
        total.setPrefWidth(80);
        total.setMinWidth(70);
        table.getColumns().add(total);
        if (t.rowTests() != null) {
            String corrected = "p (" + t.rowTests().correction().label() + ")";
            table.getColumns().add(testColumn("p", "crosstab-p", r -> r.p() == null ? "–" : p(r.p()), t));
            TableColumn<Line, Line> adjusted = testColumn(corrected, "crosstab-p-adjusted",
                    r -> r.adjustedP() == null ? "–" : p(r.adjustedP()), t);
            adjusted.setPrefWidth(90);
            table.getColumns().add(adjusted);
            table.getColumns().add(testColumn("V", "crosstab-v", r -> r.cramersV() == null ? "–"
                    : String.format(Locale.ROOT, "%.2f", r.cramersV()), t));
        }
        table.getItems().setAll(lines);
        selectCell();
        result.setTooltip(null);
        if (t.test() != null) {
            result.setText(t.rowTests() == null ? summary(t.test()) : rowTestsSummary(t) + "\n" + wholeTable(t.test()));
            if (t.rowTests() != null) {
                result.setTooltip(new Tooltip("Test of the whole table: " + summary(t.test())));
            }
            legend.getChildren().setAll(swatch(HeatColours.diverging(-3), "fewer than expected (r ≤ −1.96, outlined)"),
                    swatch(HeatColours.diverging(-1), "somewhat fewer"), swatch(HeatColours.diverging(0), "as expected"),
                    swatch(HeatColours.diverging(1), "somewhat more"),
                    swatch(HeatColours.diverging(3), "more than expected (r ≥ 1.96, outlined)"));
        } else {
            legend.getChildren().setAll(swatch(HeatColours.sequential(0, 1), "few"),
                    swatch(HeatColours.sequential(0.5, 1), ""), swatch(HeatColours.sequential(1, 1), "most"),
                    new Label("Shade follows the " + model.display().get().toString().toLowerCase(Locale.ROOT) + " shown"));
        }
    }

    private static HBox swatch(Color colour, String text) {
        Region r = new Region();
        r.setMinSize(18, 14);
        r.setStyle("-fx-background-color: " + Ui.hex(colour) + "; -fx-border-color: -color-border-default;");
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, r, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The test's result in one line: which test, its statistic, p, and why it was chosen. */
    static String summary(IndependenceTest test) {
        if (test.p() == null) {
            return "No test: " + test.reason();
        }
        return test.name() + ": χ² = " + String.format(Locale.ROOT, "%.2f", test.statistic()) + ", df = " + test.df()
                + ", p = " + p(test.p()) + ". " + test.reason() + "." + (test.caution() == null ? ""
                : " Caution: " + test.caution() + ".");
    }

    /** What the per-code tests tested, over whom, and how their p-values were corrected. */
    static String rowTestsSummary(CrossTab t) {
        RowTests tests = t.rowTests();
        long tested = tests.rows().stream().filter(r -> r.p() != null).count();
        return "Each code tested on its own, raised vs not by " + t.attribute() + " over the " + tests.units()
                + " of each; p (" + tests.correction().label() + ") corrected for " + Plural.of(tested, "test") + " by "
                + tests.correction().title() + ", V = Cramér's V. Hover over a cell for its share and interval.";
    }

    /** The whole table's test in one line; its full reason is the line's tooltip. */
    private static String wholeTable(IndependenceTest test) {
        if (test.p() == null) {
            return "Whole table: no test. " + test.reason() + ".";
        }
        return "Whole table: p = " + p(test.p()) + " (" + test.name() + ")" + (test.caution() == null ? ""
                : ", which does not hold here: " + test.caution().substring(0, test.caution().indexOf(':'))) + ".";
    }

    private TableColumn<Line, Line> testColumn(String title, String id, Function<RowTest, String> text, CrossTab t) {
        TableColumn<Line, Line> c = new TableColumn<>(title);
        c.setId(id);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(cell -> new PlainCell(line -> line.kind() == Kind.CODE
                ? text.apply(t.rowTests().rows().get(line.index())) : ""));
        c.setSortable(false);
        c.setPrefWidth(70);
        return c;
    }

    private static String p(double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.2g", p) : String.format(Locale.ROOT, "%.3f", p);
    }

    private TableColumn<Line, Line> valueColumn(CrossTab t, int j, double max) {
        TableColumn<Line, Line> column = new TableColumn<>(t.columns().get(j));
        column.setId("crosstab-column-" + j);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new ValueCell(t, j, max));
        column.setSortable(false);
        column.setPrefWidth(Math.max(90, 8.5 * t.columns().get(j).length() + 36));
        return column;
    }

    /** The number a code's cell shows, as the display asks. */
    Double shown(CrossTab t, int row, int column) {
        return switch (model.display().get()) {
            case COUNTS -> (double) t.rows().get(row).counts()[column];
            case ROW_PERCENT -> t.rowPercent(row, column);
            case COLUMN_PERCENT -> t.columnPercent(row, column);
        };
    }

    String text(Double value) {
        if (value == null) {
            return "–";
        }
        return model.display().get() == CrossTabViewModel.Display.COUNTS ? Long.toString(Math.round(value))
                : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private double maxShown(CrossTab t) {
        double max = 0;
        for (int i = 0; i < t.rows().size(); i++) {
            for (int j = 0; j < t.columns().size(); j++) {
                Double v = shown(t, i, j);
                max = v == null ? max : Math.max(max, v);
            }
        }
        return max;
    }

    /** The table as shown, for CSV: values as displayed, totals, and with a test the residuals and its result. */
    private TableExport tableExport() {
        CrossTabViewModel.Shown shown = model.shown().get();
        if (shown == null) {
            return null;
        }
        CrossTab t = shown.table();
        List<String> header = new ArrayList<>(List.of("code"));
        t.columns().forEach(c -> header.add(c + (model.display().get() == CrossTabViewModel.Display.COUNTS ? ""
                : " " + model.display().get())));
        header.add("total");
        if (t.test() != null) {
            t.columns().forEach(c -> header.add(c + " residual"));
        }
        if (t.rowTests() != null) {
            header.addAll(List.of("p", "p adjusted (" + t.rowTests().correction().label() + ")", "Cramér's V"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = new ArrayList<>(List.of(t.rows().get(i).code()));
            for (int j = 0; j < t.columns().size(); j++) {
                row.add(number(shown(t, i, j)));
            }
            row.add(Long.toString(t.rows().get(i).total()));
            if (t.test() != null) {
                for (int j = 0; j < t.columns().size(); j++) {
                    Double r = t.test().residuals()[i][j];
                    row.add(r == null ? "" : String.format(Locale.ROOT, "%.4f", r));
                }
            }
            if (t.rowTests() != null) {
                RowTest r = t.rowTests().rows().get(i);
                row.add(r.p() == null ? "" : Double.toString(r.p()));
                row.add(r.adjustedP() == null ? "" : Double.toString(r.adjustedP()));
                row.add(r.cramersV() == null ? "" : String.format(Locale.ROOT, "%.4f", r.cramersV()));
            }
            rows.add(row);
        }
        rows.add(margin("(column total)", t.columnTotals(), t.grandTotal(), header.size()));
        if (t.participants() != null) {
            rows.add(margin("(participants)", t.participants(), java.util.Arrays.stream(t.participants()).sum(),
                    header.size()));
        }
        if (t.test() != null) {
            List<String> test = new ArrayList<>(List.of("(test) " + summary(t.test())));
            while (test.size() < header.size()) {
                test.add("");
            }
            rows.add(test);
        }
        return new TableExport(header, rows);
    }

    private String number(Double v) {
        if (v == null) {
            return "";
        }
        return model.display().get() == CrossTabViewModel.Display.COUNTS ? Long.toString(Math.round(v))
                : String.format(Locale.ROOT, "%.2f", v);
    }

    private static List<String> margin(String label, long[] values, long total, int width) {
        List<String> row = new ArrayList<>(List.of(label));
        for (long v : values) {
            row.add(Long.toString(v));
        }
        row.add(Long.toString(total));
        while (row.size() < width) {
            row.add("");
        }
        return row;
    }

    /** A code's name, indented by its depth below the chosen code, with its path as a tooltip. */
    private static final class CodeCell extends TableCell<Line, Line> {
        private final CrossTab t;

        CodeCell(CrossTab t) {
            this.t = t;
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            setTooltip(null);
            if (empty || line == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(line.label());
            setStyle("-fx-padding: 0 0 0 " + (6 + 16 * line.depth()) + ";"
                    + (line.kind() == Kind.CODE && line.depth() == 0 ? " -fx-font-weight: bold;" : "")
                    + (line.kind() == Kind.CODE ? "" : " -fx-font-style: italic;"));
            if (line.kind() == Kind.CODE) {
                setTooltip(new Tooltip(t.rows().get(line.index()).code()));
            }
        }
    }

    /** A margin cell: plain text. */
    private static final class PlainCell extends TableCell<Line, Line> {
        private final java.util.function.Function<Line, String> text;

        PlainCell(java.util.function.Function<Line, String> text) {
            this.text = text;
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty || line == null ? null : text.apply(line));
        }
    }

    /** A value cell of one column: shaded, with the figures behind it as a tooltip; a click lists its segments. */
    private final class ValueCell extends TableCell<Line, Line> {
        private final CrossTab t;
        private final int column;
        private final double max;
        /** The cell's shade, null when it has none; emphasised when its residual is significant. */
        private Color shade;
        private boolean emphasised;

        ValueCell(CrossTab t, int column, double max) {
            this.t = t;
            this.column = column;
            this.max = max;
            setAlignment(Pos.CENTER_RIGHT);
            selectedProperty().addListener((o, was, now) -> paint());
            setOnMouseClicked(e -> {
                Line line = getItem();
                if (line != null && line.kind() == Kind.CODE) {
                    model.choose(t.rows().get(line.index()).code(), t.columns().get(column));
                }
            });
        }

        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            shade = null;
            emphasised = false;
            setTooltip(null);
            if (empty || line == null) {
                setText(null);
            } else {
                switch (line.kind()) {
                    case TOTAL -> setText(Long.toString(t.columnTotals()[column]));
                    case PARTICIPANTS -> setText(Long.toString(t.participants()[column]));
                    case CODE -> code(line.index());
                }
            }
            paint();
        }

        /** Shades the cell, and outlines it while it is the chosen code's cell, over any shade. */
        private void paint() {
            boolean chosen = isSelected() && getItem() != null && getItem().kind() == Kind.CODE;
            pseudoClassStateChanged(CHOSEN, chosen);
            setStyle(HeatColours.style(shade, emphasised, chosen));
        }

        private void code(int row) {
            Double value = shown(t, row, column);
            setText(text(value));
            long count = t.rows().get(row).counts()[column];
            String figures = t.rows().get(row).code() + " · " + t.columns().get(column) + "\n" + count + " "
                    + t.unit().label() + "; row " + text2(t.rowPercent(row, column)) + ", column "
                    + text2(t.columnPercent(row, column));
            if (t.rowTests() != null) {
                RowTest test = t.rowTests().rows().get(row);
                if (test.share()[column] != null) {
                    figures += String.format(Locale.ROOT, "\nraised by %d of %d %s: %.0f%% (95%% interval %.0f–%.0f%%)",
                            test.raised()[column], test.of()[column], t.rowTests().units(), 100 * test.share()[column],
                            100 * test.lower()[column], 100 * test.upper()[column]);
                }
            }
            if (t.test() != null) {
                Double r = t.test().residuals()[row][column];
                Double expected = t.test().expected()[row][column];
                if (r != null) {
                    shade = HeatColours.diverging(r);
                    emphasised = Math.abs(r) >= HeatColours.SIGNIFICANT;
                    figures += String.format(Locale.ROOT, "\nexpected %.1f, residual %+.2f", expected, r);
                }
            } else if (value != null && value > 0) {
                shade = HeatColours.sequential(value, max);
            }
            setTooltip(new Tooltip(figures + "\nClick to list the segments"));
        }

        private String text2(Double percent) {
            return percent == null ? "–" : String.format(Locale.ROOT, "%.1f%%", percent);
        }
    }
}
