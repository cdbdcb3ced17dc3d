package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Drives the comparison views of the real window on the sample study: the cross-tab by city
 * opened by its shortcut, its units, percentages and test, a cell's segments and the jump to
 * the transcript; the charts' bars and co-occurrence counts; and their PNG and CSV exports.
 */
class CrossTabWindowTest extends SampleWindowTest {
    private static final List<String> CITIES = List.of("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
    private static final String CHINA = "Threats / China";

    @TempDir
    Path out;

    /** Opens the sample study in a window as large as the screen. */
    @Override
    protected WorkspaceView openSample(FxRobot robot) throws Exception {
        WorkspaceView w = super.openSample(robot);
        // The whole of Monocle's 1280 × 800 screen: room for the table and the charts, as on a laptop.
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        return w;
    }


    private static CrossTabRequest request(List<String> rows, Unit unit, boolean test) {
        return new CrossTabRequest(SegmentFilter.ALL, rows, true, "city", List.of(), List.of(), unit, test);
    }

    @Test
    void crossTabByCityCountsShowsTheTestAndLeadsFromACellToTheTranscript(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getId().equals("tab-crosstab")
                && w.crossTab().shown().get() != null);
        robot.interact(() -> robot.lookup("#crosstab-codes").queryComboBox().setValue("Threats"));
        waitUntil(() -> w.crossTab().shown().get().table().rows().get(0).code().equals("Threats"));

        CrossTab shown = w.crossTab().shown().get().table();
        assertThat(shown.columns()).containsExactlyElementsOf(CITIES);
        assertThat(w.crossTabPane().table().getColumns()).extracting(c -> c.getText())
                .containsSubsequence("Code", "Nizhny Novgorod", "Petrozavodsk", "Tomsk", "Total");
        List<String> threats = w.codebook().codes().stream().map(n -> n.path())
                .filter(p -> p.equals("Threats") || p.startsWith("Threats / ")).toList();
        CrossTab participants = ask(robot, w, p -> p.crosstab(request(threats, Unit.PARTICIPANTS, false)));
        int china = threats.indexOf(CHINA);
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getText()).isEqualTo(Long.toString(participants.rows().get(china).counts()[2]));

        robot.interact(() -> robot.lookup("#crosstab-unit").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue(Unit.SEGMENTS));
        waitUntil(() -> w.crossTab().shown().get().table().unit() == Unit.SEGMENTS);
        CrossTab segments = ask(robot, w, p -> p.crosstab(request(threats, Unit.SEGMENTS, false)));
        assertThat(segments.rows().get(china).counts()[2]).isNotEqualTo(participants.rows().get(china).counts()[2]);
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getText()).isEqualTo(Long.toString(segments.rows().get(china).counts()[2]));

        robot.interact(() -> w.crossTab().display().set(CrossTabViewModel.Display.ROW_PERCENT));
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getText())
                .isEqualTo(String.format(Locale.ROOT, "%.1f%%", segments.rowPercent(china, 2)));
        robot.interact(() -> w.crossTab().display().set(CrossTabViewModel.Display.COLUMN_PERCENT));
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getText())
                .isEqualTo(String.format(Locale.ROOT, "%.1f%%", segments.columnPercent(china, 2)));
        robot.interact(() -> w.crossTab().display().set(CrossTabViewModel.Display.COUNTS));

        robot.clickOn("#crosstab-test");
        waitUntil(() -> w.crossTab().shown().get().table().test() != null);
        String result = robot.lookup("#crosstab-test-result").queryAs(Label.class).getText();
        assertThat(result).containsAnyOf("chi-square", "Fisher").contains("p = ").contains("df = ");
        List<String> tested = w.crossTab().shown().get().table().rows().stream().map(CrossTab.Row::code).toList();
        assertThat(tested).contains(CHINA).doesNotContain("Threats", "Threats / China / Partner in development");
        assertThat(robot.lookup("#crosstab-legend").queryAs(javafx.scene.layout.Pane.class).getChildren()).hasSize(5);

        long count = w.crossTab().shown().get().table().rows().get(tested.indexOf(CHINA)).counts()[2];
        robot.interact(() -> w.crossTabPane().table().scrollToColumn(w.crossTabPane().table().getColumns().stream()
                .filter(c -> c.getText().equals("Total")).findFirst().orElseThrow()));
        robot.clickOn(crossTabCell(robot, w, CHINA, "Tomsk"));
        waitUntil(() -> w.crossTab().segments().size() == count);
        assertThat(w.crossTab().segments()).isNotEmpty().allSatisfy(s -> assertThat(s.code()).startsWith(CHINA));
        assertThat(robot.lookup("#crosstab-cell-summary").queryAs(Label.class).getText())
                .contains(CHINA + " · Tomsk: " + Plural.of((int) count, "segment"));

        SegmentView first = w.crossTab().segments().get(0);
        ListCell<?> row = robot.lookup("#crosstab-segments .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> first.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(row);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getText().equals("Transcript")
                && w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == first.documentId());
        assertThat(w.transcript().selection().get()).isEqualTo(new TextRange(first.start(), first.end()));
        assertThat(w.transcriptPane().area().getSelectedText())
                .isEqualTo(w.transcript().document().get().text().substring(first.start(), first.end()));
    }

    @Test
    void chartsShowBarsByCityAndCoOccurrenceAndExportPngAndCsv(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        String formula = "=SUM(A1:A2)";
        robot.interact(() -> w.codebook().add(null, formula));
        waitUntil(() -> w.codebook().find(formula).isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getId().equals("tab-charts")
                && w.charts().figures().get() != null);
        robot.interact(() -> robot.lookup("#charts-codes").queryComboBox().setValue(CHINA));
        waitUntil(() -> w.charts().figures().get().byAttribute().rows().get(0).code().startsWith(CHINA + " / "));

        List<String> children = w.codebook().codes().stream().map(n -> n.path())
                .filter(p -> p.startsWith(CHINA + " / ") && p.split(" / ").length == 3).toList();
        CrossTab expected = ask(robot, w, p -> p.crosstab(request(children, Unit.PARTICIPANTS, false)));
        List<XYChart.Series<String, Number>> series = w.chartsPane().bars().getData();
        assertThat(series).extracting(XYChart.Series::getName).containsExactlyElementsOf(CITIES);
        for (int j = 0; j < CITIES.size(); j++) {
            int column = j;
            assertThat(series.get(j).getData()).extracting(d -> d.getYValue().longValue())
                    .containsExactlyElementsOf(expected.rows().stream().map(r -> r.counts()[column]).toList());
        }
        robot.interact(() -> w.charts().percent().set(true));
        double share = 100.0 * expected.rows().get(1).counts()[2] / expected.participants()[2];
        assertThat(w.chartsPane().bars().getData().get(2).getData().get(1).getYValue().doubleValue()).isEqualTo(share);

        robot.interact(() -> w.chartsPane().charts().getSelectionModel().select(1));
        CoOccurrenceMatrix matrix = ask(robot, w, p -> p.cooccurrence(SegmentFilter.ALL, children, true,
                CoOccurrenceScope.OVERLAP));
        for (int i = 0; i < children.size(); i++) {
            for (int j = 0; j < children.size(); j++) {
                assertThat(robot.lookup("#cooccurrence-" + i + "-" + j).queryAs(Label.class).getText())
                        .isEqualTo(Long.toString(matrix.counts()[i][j]));
            }
        }
        robot.interact(() -> w.charts().scope().set(CoOccurrenceScope.DOCUMENT));
        CoOccurrenceMatrix byDocument = ask(robot, w, p -> p.cooccurrence(SegmentFilter.ALL, children, true,
                CoOccurrenceScope.DOCUMENT));
        waitUntil(() -> w.charts().figures().get().cooccurrence().scope() == CoOccurrenceScope.DOCUMENT);
        assertThat(robot.lookup("#cooccurrence-0-1").queryAs(Label.class).getText())
                .isEqualTo(Long.toString(byDocument.counts()[0][1]));

        robot.interact(() -> w.chartsPane().charts().getSelectionModel().select(0));
        Path png = out.resolve("bars.png");
        Path csv = out.resolve("bars.csv");
        robot.interact(() -> {
            w.chartsPane().barsExport().png(png);
            w.chartsPane().barsExport().csv(csv, true);
        });
        waitUntil(() -> Files.exists(png) && Files.exists(csv) && !background.busy().get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isCloseTo((int) Math.ceil(w.chartsPane().bars().getWidth()), within(1));
        assertThat(image.getHeight()).isCloseTo((int) Math.ceil(w.chartsPane().bars().getHeight()), within(1));
        // Quotes only group cells; the figures are what matter.
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().map(l -> l.replace("\"", "")).toList();
        assertThat(lines.get(0)).startsWith("\uFEFFcode,Nizhny Novgorod %,Petrozavodsk %,Tomsk %");
        assertThat(lines.get(2)).startsWith(children.get(1) + ",")
                .endsWith(String.format(Locale.ROOT, "%.2f", share));

        robot.interact(() -> w.charts().choices().root().set(AnalysisRows.ALL_CODES));
        waitUntil(() -> w.charts().figures().get().frequencies().stream().anyMatch(f -> f.code().equals(formula)));
        Path frequencies = out.resolve("frequencies.csv");
        robot.interact(() -> w.chartsPane().frequenciesExport().csv(frequencies, false));
        waitUntil(() -> Files.exists(frequencies) && !background.busy().get());
        assertThat(Files.readAllLines(frequencies).stream().map(l -> l.replace("\"", "")).toList())
                .anySatisfy(l -> assertThat(l).contains("'" + formula).endsWith(",0,0,0,0"))
                .noneSatisfy(l -> assertThat(l).startsWith("="))
                .anySatisfy(l -> assertThat(l).startsWith("Threats,"));

        Path nowhere = out.resolve("no such folder").resolve("bars.csv");
        robot.interact(() -> w.chartsPane().barsExport().csv(nowhere, false));
        waitUntil(() -> robot.lookup("#charts-status").queryAs(Label.class).getText().contains(nowhere.toString()));
        assertThat(robot.lookup("#charts-status").queryAs(Label.class).getText()).startsWith("Cannot write");
    }

    @Test
    void theCrossTabFollowsChangesWhileShown(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("Cross-tab");
        waitUntil(() -> w.crossTab().shown().get() != null);
        int rows = w.crossTab().shown().get().table().rows().size();
        robot.interact(() -> w.codebook().add("Threats", "Cyber attacks"));
        waitUntil(() -> w.crossTab().shown().get().table().rows().size() == rows + 1);
        assertThat(w.crossTab().shown().get().table().rows()).extracting(CrossTab.Row::code)
                .contains("Threats / Cyber attacks");
        assertThat(Optional.ofNullable(w.crossTab().message().get())).get().asString().contains("counting participants");
    }
}
