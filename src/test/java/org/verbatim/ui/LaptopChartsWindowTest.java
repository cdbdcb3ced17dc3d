package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;

/**
 * The charts on a 1280 × 720 laptop screen with an in-vivo code, whose name is a whole phrase:
 * the codes-by-attribute plot keeps its height (it used to collapse to an empty strip with "0"
 * on the axis), the long name is shortened on the axis and whole in its bars' tooltips, and
 * nothing of the chart covers its legend or its export buttons.
 */
class LaptopChartsWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";
    private static final String PHRASE = "Maxim, it works for Lukashenko, because he gets cheap oil.";

    @Test
    void chartOfAllCodesWithAnInVivoCodeKeepsItsPlotAndShortensTheName(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == id);
        int at = w.transcript().document().get().text().indexOf(PHRASE);
        robot.interact(() -> {
            w.transcriptPane().area().requestFocus();
            w.transcriptPane().area().selectRange(at, at + PHRASE.length());
        });
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        String inVivo = CodingViewModel.inVivoName(PHRASE);
        waitUntil(() -> w.codebook().find(inVivo).isPresent());

        robot.clickOn("#tab-charts");
        robot.interact(() -> w.charts().choices().root().set(AnalysisRows.ALL_CODES));
        waitUntil(() -> w.charts().figures().get() != null && w.charts().figures().get().byAttribute().rows()
                .stream().anyMatch(r -> r.code().equals(inVivo)));
        robot.sleep(500);

        var bars = w.chartsPane().bars();
        Bounds plot = robot.lookup("#chart-bars .chart-plot-background").query().getLayoutBounds();
        assertThat(plot.getHeight()).as("plot height at 1280 × 720").isGreaterThan(150);
        String shown = ChartNames.shorten(inVivo);
        assertThat(shown).hasSizeLessThanOrEqualTo(ChartNames.LONGEST + 1).endsWith("…");
        XYChart.Series<String, Number> tomsk = bars.getData().stream().filter(s -> s.getName().equals("Tomsk"))
                .findFirst().orElseThrow();
        XYChart.Data<String, Number> bar = tomsk.getData().stream().filter(d -> d.getXValue().equals(shown))
                .findFirst().orElseThrow();
        assertThat(bar.getYValue().doubleValue()).isEqualTo(1);
        Tooltip tip = (Tooltip) bar.getNode().getProperties().values().stream().filter(v -> v instanceof Tooltip)
                .findFirst().orElseThrow();
        assertThat(tip.getText()).startsWith(inVivo + " · Tomsk: 1");
        assertThat(((javafx.scene.chart.CategoryAxis) bars.getXAxis()).getCategories()).allSatisfy(c -> assertThat(c.length())
                .isLessThanOrEqualTo(ChartNames.LONGEST + 1));

        // The chart, its rotated names and its legend end above the export buttons, all on the screen.
        Node export = w.chartsPane().barsExport().root();
        Bounds chart = bars.localToScene(bars.getBoundsInLocal());
        Bounds buttons = export.localToScene(export.getBoundsInLocal());
        assertThat(chart.getMaxY()).isLessThanOrEqualTo(buttons.getMinY());
        Node legend = bars.lookup(".chart-legend");
        Bounds legendBounds = legend.localToScene(legend.getBoundsInLocal());
        assertThat(legendBounds.getMaxY()).isLessThanOrEqualTo(buttons.getMinY());
        assertThat(buttons.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
    }
}
