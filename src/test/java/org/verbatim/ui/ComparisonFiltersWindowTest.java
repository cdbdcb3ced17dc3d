package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.SegmentFilter;

/**
 * The filters of the comparison views in the real window on the sample study: a coder and an
 * attribute filter narrow the cross-tab, its cell's segments and the charts to the figures the
 * facade gives for the same filter; a filter that cannot be read is named under the table,
 * which stays as it was.
 */
class ComparisonFiltersWindowTest extends SampleWindowTest {
    private static final String CHINA = "Threats / China";
    private static final int TOMSK = 2;

    private static CrossTabRequest request(SegmentFilter filter, List<String> rows, Unit unit) {
        return new CrossTabRequest(filter, rows, true, "city", List.of(), List.of(), unit, false);
    }

    private static List<String> threats(WorkspaceView w) {
        return w.codebook().codes().stream().map(n -> n.path())
                .filter(p -> p.equals("Threats") || p.startsWith("Threats / ")).toList();
    }

    private static String status(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void typeFilter(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aCoderNarrowsTheCrossTabAndTheSegmentsOfItsCells(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("Cross-tab");
        robot.interact(() -> w.crossTab().choices().root().set("Threats"));
        robot.interact(() -> w.crossTab().choices().unit().set(Unit.SEGMENTS));
        waitUntil(() -> w.crossTab().shown().get() != null
                && w.crossTab().shown().get().table().rows().get(0).code().equals("Threats")
                && w.crossTab().shown().get().table().unit() == Unit.SEGMENTS);
        assertThat(status(robot, "#crosstab-status")).contains("all segments, all coders; coding: ");
        List<String> rows = threats(w);
        int china = rows.indexOf(CHINA);
        SegmentFilter byPavel = new SegmentFilter(null, Map.of(), "pavel", List.of());
        CrossTab all = ask(robot, w, p -> p.crosstab(request(SegmentFilter.ALL, rows, Unit.SEGMENTS)));
        CrossTab pavel = ask(robot, w, p -> p.crosstab(request(byPavel, rows, Unit.SEGMENTS)));
        long count = pavel.rows().get(china).counts()[TOMSK];
        assertThat(count).isPositive().isNotEqualTo(all.rows().get(china).counts()[TOMSK]);

        @SuppressWarnings("unchecked")
        ChoiceBox<String> coder = robot.lookup("#crosstab-coder").queryAs(ChoiceBox.class);
        assertThat(coder.getItems()).containsExactly(ComparisonChoices.ALL_CODERS, "elena", "pavel");
        robot.interact(() -> coder.setValue("pavel"));
        waitUntil(() -> w.crossTab().shown().get().request().filter().equals(byPavel));
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getText()).isEqualTo(Long.toString(count));
        assertThat(status(robot, "#crosstab-status")).endsWith("only segments coded by pavel");

        robot.clickOn(crossTabCell(robot, w, CHINA, "Tomsk"));
        waitUntil(() -> w.crossTab().segments().size() == count);
        assertThat(w.crossTab().segments()).allSatisfy(s -> assertThat(s.coder()).isEqualTo("pavel"));
    }

    @Test
    void anAttributeFilterNarrowsTheChartsAndAMalformedOneLeavesTheTableAsItWas(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("Charts");
        robot.interact(() -> w.charts().choices().root().set("Threats"));
        waitUntil(() -> w.charts().figures().get() != null
                && w.charts().figures().get().byAttribute().rows().get(0).code().startsWith("Threats / "));
        typeFilter(robot, "#charts-where", "format=focus group");
        SegmentFilter focusGroups = new SegmentFilter(null, Map.of("format", List.of("focus group")), null, List.of());
        waitUntil(() -> status(robot, "#charts-status").contains("only segments where format = focus group; coding: "));
        List<String> children = w.charts().figures().get().byAttribute().rows().stream().map(CrossTab.Row::code).toList();
        CrossTab expected = ask(robot, w, p -> p.crosstab(request(focusGroups, children, Unit.PARTICIPANTS)));
        CrossTab unfiltered = ask(robot, w, p -> p.crosstab(request(SegmentFilter.ALL, children, Unit.PARTICIPANTS)));
        List<XYChart.Series<String, Number>> series = w.chartsPane().bars().getData();
        for (int j = 0; j < expected.columns().size(); j++) {
            int column = j;
            assertThat(series.get(j).getData()).extracting(d -> d.getYValue().longValue())
                    .containsExactlyElementsOf(expected.rows().stream().map(r -> r.counts()[column]).toList());
        }
        assertThat(expected.grandTotal()).isLessThan(unfiltered.grandTotal());
        assertThat(w.charts().figures().get().frequencies())
                .isEqualTo(ask(robot, w, p -> p.frequencies(focusGroups, children, true)));

        robot.clickOn("Cross-tab");
        waitUntil(() -> w.crossTab().shown().get() != null);
        CrossTabViewModel.Shown before = w.crossTab().shown().get();
        typeFilter(robot, "#crosstab-where", "format");
        waitUntil(() -> status(robot, "#crosstab-status").equals("Filter 'format' is not of the form attribute=value"));
        assertThat(w.crossTab().shown().get()).isSameAs(before);
        assertThat(w.crossTabPane().table().getItems()).isNotEmpty();
    }
}
