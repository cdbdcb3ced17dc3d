package org.verbatim.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;

/**
 * Charts of a chosen code's sub-codes: grouped bars by an attribute's values (one colour per
 * value), the co-occurrence matrix as a heat map, and code frequencies as horizontal bars. Each
 * exports as a PNG picture and as CSV.
 */
final class ChartsPane {
    private final ChartsViewModel model;
    private final BarChart<String, Number> bars;
    private final NumberAxis barValues = new NumberAxis();
    private final GridPane matrix = new GridPane();
    private final BarChart<Number, String> frequencies;
    private final Label status = new Label();
    private final ExportButtons barsExport;
    private final ExportButtons matrixExport;
    private final ExportButtons frequenciesExport;
    private final TabPane charts;
    private final VBox root;

    ChartsPane(ChartsViewModel model, Session session) {
        this.model = model;
        // No axis title under the codes: their names say it, and the plot keeps the height.
        CategoryAxis codes = new CategoryAxis();
        bars = new BarChart<>(codes, barValues);
        bars.setId("chart-bars");
        bars.setAnimated(false);
        bars.setCategoryGap(18);
        bars.setBarGap(2);
        NumberAxis frequencyValues = new NumberAxis();
        CategoryAxis frequencyCodes = new CategoryAxis();
        frequencies = new BarChart<>(frequencyValues, frequencyCodes);
        frequencies.setId("chart-frequencies");
        frequencies.setAnimated(false);
        frequencies.setLegendVisible(false);
        matrix.setId("chart-cooccurrence");
        matrix.setHgap(2);
        matrix.setVgap(2);
        matrix.setPadding(new Insets(10));
        status.getStyleClass().add("muted");
        status.setId("charts-status");
        model.message().addListener((o, a, m) -> status.setText(m));

        barsExport = new ExportButtons(session, "codes-by-attribute", bars, this::barsTable, status::setText);
        matrixExport = new ExportButtons(session, "co-occurrence", matrix, this::matrixTable, status::setText);
        frequenciesExport = new ExportButtons(session, "frequencies", frequencies, this::frequencyTable, status::setText);
        ScrollPane matrixScroll = new ScrollPane(matrix);
        VBox matrixBox = new VBox(6, scopeChooser(), matrixScroll);
        VBox.setVgrow(matrixScroll, Priority.ALWAYS);
        charts = new TabPane(chartTab("Codes by attribute", "chart-tab-bars", bars, barsExport),
                chartTab("Co-occurrence", "chart-tab-cooccurrence", matrixBox, matrixExport),
                chartTab("Frequencies", "chart-tab-frequencies", frequencies, frequenciesExport));
        VBox.setVgrow(charts, Priority.ALWAYS);
        root = new VBox(6, controls(), charts, status);
        root.setPadding(new Insets(8));
        root.setId("charts");
        model.figures().addListener((o, a, f) -> render());
        model.percent().addListener((o, a, p) -> render());
    }

    private static Tab chartTab(String title, String id, javafx.scene.Node chart, ExportButtons export) {
        VBox box = new VBox(6, chart, export.root());
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        Tab tab = new Tab(title, box);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    VBox root() {
        return root;
    }

    /** Shades the co-occurrence matrix again for the theme just applied. */
    void themeChanged() {
        render();
    }

    TabPane charts() {
        return charts;
    }

    BarChart<String, Number> bars() {
        return bars;
    }

    BarChart<Number, String> frequencies() {
        return frequencies;
    }

    GridPane matrix() {
        return matrix;
    }

    ExportButtons barsExport() {
        return barsExport;
    }

    ExportButtons matrixExport() {
        return matrixExport;
    }

    ExportButtons frequenciesExport() {
        return frequenciesExport;
    }

    private FlowPane controls() {
        Comparison.Choosers choosers = Comparison.choosers(model.choices(), "charts");
        choosers.codes().setTooltip(new Tooltip("The charts show this code's sub-codes"));
        CheckBox percent = new CheckBox("% of the group's participants");
        percent.setId("charts-percent");
        percent.selectedProperty().bindBidirectional(model.percent());
        percent.disableProperty().bind(model.choices().unit().isNotEqualTo(Unit.PARTICIPANTS));
        return Comparison.controls(new Label("Codes"), choosers.codes(), new Label("by"), choosers.by(),
                new Label("counting"), choosers.unit(), percent, new Label("where"), choosers.filters());
    }

    /** What counts as co-occurring: only the co-occurrence matrix uses it, so it stands above it. */
    private FlowPane scopeChooser() {
        ChoiceBox<CoOccurrenceScope> scope = new ChoiceBox<>();
        scope.getItems().setAll(CoOccurrenceScope.values());
        scope.setId("charts-scope");
        scope.setConverter(Comparison.labels(CoOccurrenceScope::label));
        scope.valueProperty().bindBidirectional(model.scope());
        scope.setTooltip(new Tooltip("Co-occurrence: overlapping segments, the same speaker turn, or the same document"));
        return Comparison.controls(new Label("co-occurring by"), scope);
    }

    private void render() {
        ChartsViewModel.Figures f = model.figures().get();
        bars.getData().clear();
        frequencies.getData().clear();
        matrix.getChildren().clear();
        if (f == null) {
            return;
        }
        renderBars(f.byAttribute());
        renderMatrix(f.cooccurrence());
        renderFrequencies(f.frequencies(), f.byAttribute().unit());
    }

    private boolean percentShown(CrossTab t) {
        return model.percent().get() && t.unit() == Unit.PARTICIPANTS;
    }

    private void renderBars(CrossTab t) {
        bars.setTitle("Codes by " + t.attribute());
        barValues.setLabel(percentShown(t) ? "% of the " + t.attribute() + "'s participants" : t.unit().label());
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        ChartNames names = new ChartNames(t.rows().stream().map(CrossTab.Row::code).toList());
        for (int j = 0; j < t.columns().size(); j++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(t.columns().get(j));
            for (int i = 0; i < t.rows().size(); i++) {
                Double v = model.value(t, i, j);
                series.getData().add(new XYChart.Data<>(names.of(t.rows().get(i).code()), v == null ? 0 : v));
            }
            all.add(series);
        }
        bars.getData().setAll(all);
        for (XYChart.Series<String, Number> s : all) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(names.path(d.getXValue()) + " · " + s.getName() + ": "
                            + figure(d.getYValue())));
                }
            }
        }
    }

    private static String figure(Number n) {
        double v = n.doubleValue();
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void renderMatrix(CoOccurrenceMatrix m) {
        long max = 1;
        for (int i = 0; i < m.codes().size(); i++) {
            for (int j = 0; j < m.codes().size(); j++) {
                if (i != j) {
                    max = Math.max(max, m.counts()[i][j]);
                }
            }
        }
        Label corner = new Label("Co-occurring by " + m.scope().label() + "; diagonal: the code's own count");
        corner.setWrapText(true);
        corner.setMaxWidth(220);
        corner.getStyleClass().add("muted");
        matrix.add(corner, 0, 0);
        for (int j = 0; j < m.codes().size(); j++) {
            Label head = new Label(AnalysisRows.leaf(m.codes().get(j)));
            head.setWrapText(true);
            head.setPrefWidth(96);
            head.setMaxWidth(96);
            head.setAlignment(Pos.BOTTOM_CENTER);
            head.setStyle("-fx-font-weight: bold; -fx-text-alignment: center;");
            head.setTooltip(new Tooltip(m.codes().get(j)));
            matrix.add(head, j + 1, 0);
        }
        for (int i = 0; i < m.codes().size(); i++) {
            Label name = new Label(AnalysisRows.leaf(m.codes().get(i)));
            name.setStyle("-fx-font-weight: bold;");
            // A long in-vivo name ends in "…" rather than pushing the counts out of sight.
            name.setMaxWidth(220);
            name.setTooltip(new Tooltip(m.codes().get(i)));
            matrix.add(name, 0, i + 1);
            for (int j = 0; j < m.codes().size(); j++) {
                long n = m.counts()[i][j];
                Label cell = new Label(Long.toString(n));
                cell.setId("cooccurrence-" + i + "-" + j);
                cell.setMinSize(96, 28);
                cell.setPrefSize(96, 28);
                cell.setAlignment(Pos.CENTER);
                if (i == j) {
                    cell.setStyle("-fx-font-style: italic; -fx-border-color: -color-border-default;");
                } else if (n > 0) {
                    cell.setStyle(HeatColours.style(HeatColours.sequential(n, max), false));
                }
                cell.setTooltip(new Tooltip(m.codes().get(i) + "\n" + m.codes().get(j) + "\n" + n + " (Jaccard "
                        + String.format(Locale.ROOT, "%.2f", m.jaccard()[i][j]) + ")"));
                matrix.add(cell, j + 1, i + 1);
            }
        }
    }

    private void renderFrequencies(List<CodeFrequency> rows, Unit unit) {
        frequencies.setTitle("Code frequencies (" + unit.label() + ")");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(unit.label());
        ChartNames names = new ChartNames(rows.stream().map(CodeFrequency::code).toList());
        // The category axis runs bottom up: ascending order puts the most frequent code on top.
        rows.stream().sorted(Comparator.comparingLong(r -> count(r, unit)))
                .forEach(r -> series.getData().add(new XYChart.Data<>(count(r, unit), names.of(r.code()))));
        frequencies.getData().setAll(List.of(series));
        for (XYChart.Data<Number, String> d : series.getData()) {
            if (d.getNode() != null) {
                Tooltip.install(d.getNode(), new Tooltip(names.path(d.getYValue()) + ": " + figure(d.getXValue())));
            }
        }
    }

    static long count(CodeFrequency f, Unit unit) {
        return switch (unit) {
            case SEGMENTS -> f.segments();
            case DOCUMENTS -> f.documents();
            case PARTICIPANTS -> f.participants();
        };
    }

    private TableExport barsTable() {
        ChartsViewModel.Figures f = model.figures().get();
        if (f == null) {
            return null;
        }
        CrossTab t = f.byAttribute();
        String suffix = percentShown(t) ? " %" : "";
        List<String> header = new ArrayList<>(List.of("code"));
        t.columns().forEach(c -> header.add(c + suffix));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<String> row = new ArrayList<>(List.of(t.rows().get(i).code()));
            for (int j = 0; j < t.columns().size(); j++) {
                Double v = model.value(t, i, j);
                row.add(v == null ? "" : percentShown(t) ? String.format(Locale.ROOT, "%.2f", v) : figure(v));
            }
            rows.add(row);
        }
        if (t.participants() != null) {
            List<String> people = new ArrayList<>(List.of("(participants)"));
            for (long p : t.participants()) {
                people.add(Long.toString(p));
            }
            rows.add(people);
        }
        return new TableExport(header, rows);
    }

    private TableExport matrixTable() {
        ChartsViewModel.Figures f = model.figures().get();
        if (f == null) {
            return null;
        }
        CoOccurrenceMatrix m = f.cooccurrence();
        List<String> header = new ArrayList<>(List.of("code"));
        header.addAll(m.codes());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < m.codes().size(); i++) {
            List<String> row = new ArrayList<>(List.of(m.codes().get(i)));
            for (long n : m.counts()[i]) {
                row.add(Long.toString(n));
            }
            rows.add(row);
        }
        return new TableExport(header, rows);
    }

    private TableExport frequencyTable() {
        ChartsViewModel.Figures f = model.figures().get();
        if (f == null) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (CodeFrequency r : f.frequencies()) {
            rows.add(List.of(r.code(), Long.toString(r.segments()), Long.toString(r.documents()),
                    Long.toString(r.participants()), Long.toString(r.words())));
        }
        return new TableExport(List.of("code", "segments", "documents", "participants", "words"), rows);
    }
}
