package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The cross-tab's heat map in the real window on the sample study: the chosen cell stays
 * outlined over the residual shading, and switching the theme paints the shades again at once.
 */
class CrossTabHeatMapWindowTest extends SampleWindowTest {
    private static final String CHINA = "Threats / China";

    private WorkspaceView crossTabOfThreats(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("Cross-tab");
        robot.interact(() -> w.crossTab().choices().root().set("Threats"));
        waitUntil(() -> w.crossTab().shown().get() != null
                && w.crossTab().shown().get().table().rows().get(0).code().startsWith("Threats"));
        return w;
    }

    @Test
    void theChosenCellStaysOutlinedOverTheResidualShading(FxRobot robot) throws Exception {
        WorkspaceView w = crossTabOfThreats(robot);
        robot.clickOn("#crosstab-test");
        waitUntil(() -> w.crossTab().shown().get().table().test() != null);
        // The test's lines take room from the table: bring China's row into view.
        robot.interact(() -> w.crossTabPane().table().scrollTo(w.crossTab().shown().get().table().rows().stream()
                .map(r -> r.code()).toList().indexOf(CHINA)));
        TableCell<?, ?> tomsk = crossTabCell(robot, w, CHINA, "Tomsk");
        assertThat(tomsk.getStyle()).contains("-fx-background-color: #");
        // Counting participants, each code has its own test: its p, corrected p and V beside the total.
        assertThat(w.crossTab().shown().get().table().rowTests().units()).isEqualTo("respondents");
        assertThat(w.crossTabPane().table().getColumns()).extracting(c -> c.getText()).endsWith("Total", "p",
                "p (holm)", "V");
        assertThat(robot.lookup("#crosstab-test-result").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Each code tested on its own, raised vs not by city over the respondents of each")
                .contains("Whole table: p = ");
        assertThat(tomsk.getTooltip().getText()).containsPattern("raised by \\d+ of 15 respondents: \\d+% \\(95% interval");

        robot.clickOn(tomsk);
        waitUntil(() -> w.crossTab().cell().get() != null && findCrossTabCell(robot, w, CHINA, "Tomsk")
                .map(TableCell::isSelected).orElse(false));
        TableCell<?, ?> chosen = crossTabCell(robot, w, CHINA, "Tomsk");
        assertThat(chosen.getPseudoClassStates()).contains(CrossTabPane.CHOSEN);
        assertThat(chosen.getStyle()).contains("-fx-background-color: #")
                .contains("-fx-border-color: -color-accent-emphasis, -color-bg-default").contains("-fx-border-width: 3");
        TableCell<?, ?> other = crossTabCell(robot, w, CHINA, "Petrozavodsk");
        assertThat(other.getPseudoClassStates()).doesNotContain(CrossTabPane.CHOSEN);
        assertThat(other.getStyle()).doesNotContain("-color-accent-emphasis");

        robot.clickOn(other);
        waitUntil(() -> findCrossTabCell(robot, w, CHINA, "Petrozavodsk")
                .map(c -> c.getPseudoClassStates().contains(CrossTabPane.CHOSEN)).orElse(false));
        assertThat(crossTabCell(robot, w, CHINA, "Tomsk").getPseudoClassStates()).doesNotContain(CrossTabPane.CHOSEN);
    }

    @Test
    void switchingTheThemePaintsTheOpenHeatMapAgain(FxRobot robot) throws Exception {
        WorkspaceView w = crossTabOfThreats(robot);
        String light = crossTabCell(robot, w, CHINA, "Tomsk").getStyle();
        Color palest = HeatColours.sequential(0, 1);
        assertThat(palest.getBrightness()).isGreaterThan(0.8);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> findCrossTabCell(robot, w, CHINA, "Tomsk").map(c -> !c.getStyle().equals(light)).orElse(false));
        Color darkPalest = HeatColours.sequential(0, 1);
        assertThat(darkPalest.getBrightness()).isLessThan(0.3);
        Pane legend = robot.lookup("#crosstab-legend").queryAs(Pane.class);
        Region few = (Region) ((Pane) legend.getChildren().get(0)).getChildren().get(0);
        assertThat(few.getStyle()).contains(Ui.hex(darkPalest));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> findCrossTabCell(robot, w, CHINA, "Tomsk").map(c -> c.getStyle().equals(light)).orElse(false));
    }
}
