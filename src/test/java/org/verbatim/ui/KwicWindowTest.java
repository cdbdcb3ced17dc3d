package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.HitView;

/**
 * The Search tab's hits as keyword-in-context rows in the real window: the matched words of
 * every visible row stand in one column, the context before them gives way at its left end,
 * and the whole passage stays reachable as the row's tooltip and accessible text — in the
 * usual layout and in a narrow side pane, for single words and for phrases.
 */
class KwicWindowTest extends SampleWindowTest {

    @SuppressWarnings("unchecked")
    private static ListView<HitView> results(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private void search(FxRobot robot, WorkspaceView w, String query) throws Exception {
        robot.interact(() -> {
            w.showSearch(false);
            w.search().query().set(query);
        });
        waitUntil(() -> !background.busy().get() && !results(robot).getItems().isEmpty()
                && !visibleRows(robot).isEmpty());
    }

    /** The rows on screen showing a hit. */
    private static List<ListCell<?>> visibleRows(FxRobot robot) {
        ListView<HitView> list = results(robot);
        Bounds shown = list.localToScene(list.getLayoutBounds());
        return robot.lookup("#search-results .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() != null && c.isVisible())
                .<ListCell<?>>map(n -> (ListCell<?>) n)
                .filter(c -> shown.contains(c.localToScene(c.getLayoutBounds()).getCenterX(),
                        c.localToScene(c.getLayoutBounds()).getMinY() + 1))
                .toList();
    }

    private static Label part(ListCell<?> row, String styleClass) {
        return (Label) row.lookup("." + styleClass);
    }

    /** The text a label shows after cutting it to its width. */
    private static String shown(Label label) {
        return ((Text) label.lookup(".text")).getText();
    }

    private static double sceneX(Label label) {
        return label.localToScene(label.getLayoutBounds()).getMinX();
    }

    /** Checks the visible rows: one match column, context cut on the outer sides, whole text kept. */
    private static void assertAligned(List<ListCell<?>> rows) {
        assertAligned(rows, true);
    }

    /** As {@link #assertAligned(List)}; {@code someCut} when the pane is narrow enough that some context must give way. */
    private static void assertAligned(List<ListCell<?>> rows, boolean someCut) {
        assertThat(rows).hasSizeGreaterThan(3);
        double column = sceneX(part(rows.get(0), "hit-match"));
        int cutAtLeft = 0;
        for (ListCell<?> row : rows) {
            HitView hit = (HitView) row.getItem();
            Label matched = part(row, "hit-match");
            Label before = part(row, "hit-before");
            Label after = part(row, "hit-after");
            assertThat(sceneX(matched)).isCloseTo(column, within(1.0));
            // The matched words are shown whole, and end before the row does.
            assertThat(shown(matched)).isEqualTo(hit.matched().replaceAll("\\s+", " "));
            assertThat(matched.localToScene(matched.getLayoutBounds()).getMaxX())
                    .isLessThanOrEqualTo(row.localToScene(row.getLayoutBounds()).getMaxX());
            // The context before ends where the match starts; the context after starts where it ends.
            assertThat(before.localToScene(before.getLayoutBounds()).getMaxX()).isCloseTo(column, within(1.0));
            assertThat(sceneX(after)).isCloseTo(matched.localToScene(matched.getLayoutBounds()).getMaxX(),
                    within(1.0));
            if (!shown(before).equals(before.getText())) {
                // Cut at its left end: an ellipsis, then the words nearest the match.
                assertThat(shown(before)).startsWith("…");
                assertThat(before.getText()).endsWith(shown(before).substring(1));
                cutAtLeft++;
            }
            if (!shown(after).equals(after.getText())) {
                assertThat(shown(after)).endsWith("…");
                assertThat(after.getText()).startsWith(shown(after).substring(0, shown(after).length() - 1));
            }
            // The whole passage, and where it was said, for the tooltip and for screen readers.
            String whole = before.getText() + matched.getText() + after.getText();
            assertThat(row.getTooltip().getText()).startsWith(whole).endsWith(HitCell.placeOf(hit));
            assertThat(row.getAccessibleText()).isEqualTo(row.getTooltip().getText());
        }
        if (someCut) {
            assertThat(cutAtLeft).isPositive();
        }
    }

    @Test
    void theMatchedWordsOfEveryVisibleRowStandInOneColumn(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        search(robot, w, "china");
        WaitForAsyncUtils.waitForFxEvents();
        assertAligned(visibleRows(robot));

        // Typed by the user as well: the same column after Ctrl+Shift+F and a phrase.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("\"soft power\"");
        waitUntil(() -> !background.busy().get() && !results(robot).getItems().isEmpty()
                && results(robot).getItems().get(0).matched().toLowerCase().contains("soft")
                && visibleRows(robot).size() > 3);
        assertAligned(visibleRows(robot));
    }

    @Test
    void inAWideSidePaneRowsWithShortPlaceLinesStillShareTheColumn(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            SplitPane main = (SplitPane) ((BorderPane) w.root()).getCenter();
            double[] dividers = main.getDividerPositions();
            main.setDividerPosition(dividers.length - 1, 1 - 800 / main.getWidth());
        });
        search(robot, w, "china");
        WaitForAsyncUtils.waitForFxEvents();
        // Wider than any row's speaker · document · time line, so the rows' own widths would differ.
        assertThat(results(robot).getWidth()).isGreaterThan(600);
        assertAligned(visibleRows(robot), false);
        double column = sceneX(part(visibleRows(robot).get(0), "hit-match"));
        Bounds list = results(robot).localToScene(results(robot).getLayoutBounds());
        assertThat(column - list.getMinX()).isCloseTo(KwicLine.MATCH_COLUMN * list.getWidth(), within(20.0));
    }

    @Test
    void inANarrowSidePaneTheMatchStaysVisibleAndAligned(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            SplitPane main = (SplitPane) ((BorderPane) w.root()).getCenter();
            double[] dividers = main.getDividerPositions();
            main.setDividerPosition(dividers.length - 1, 1 - 320 / main.getWidth());
        });
        search(robot, w, "\"soft power\" OR china");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(results(robot).getWidth()).isLessThan(340);
        assertAligned(visibleRows(robot));
    }

    @Test
    void aMatchTooLongForItsColumnMovesLeftToStayWholeAndOnlyAMatchWiderThanTheRowIsCut(FxRobot robot) {
        robot.interact(() -> {
            KwicLine line = new KwicLine();
            new Scene(new Group(line));
            line.set("…the people in Petrozavodsk who trade across the border say that ",
                    "the one real external threat is China and its growing economy", " and nothing else.");
            line.resize(500, 24);
            line.applyCss();
            line.layout();
            Label matched = (Label) line.lookup(".hit-match");
            double whole = matched.prefWidth(-1);
            assertThat(whole).isGreaterThan(500 * (1 - KwicLine.MATCH_COLUMN)).isLessThan(500);
            assertThat(matched.getLayoutX() + matched.getWidth()).isCloseTo(500, within(1.0));
            assertThat(matched.getWidth()).isCloseTo(whole, within(1.0));
            assertThat(shown(matched)).isEqualTo(matched.getText());

            line.resize(200, 24);
            line.layout();
            assertThat(matched.getLayoutX()).isZero();
            assertThat(matched.getWidth()).isEqualTo(200);
            assertThat(shown(matched)).startsWith("the one").endsWith("…");
        });
    }
}
