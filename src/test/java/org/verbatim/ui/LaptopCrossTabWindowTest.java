package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The cross-tab of the sample study on a 1280 × 720 laptop screen, at the default layout and
 * with the test on: every city, the Total column and the Total and Participants rows are in
 * sight without dragging a divider or scrolling (they used to be cut off after three rows);
 * back on the transcript, the side pane is where it was.
 */
class LaptopCrossTabWindowTest extends SampleWindowTest {

    private static boolean inside(Bounds outer, Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 1 && inner.getMaxX() <= outer.getMaxX() + 1
                && inner.getMinY() >= outer.getMinY() - 1 && inner.getMaxY() <= outer.getMaxY() + 1;
    }

    @Test
    void everyCityTotalAndParticipantsAreInSightAt1280By720(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.sleep(300);
        double sideBefore = w.main().getDividers().get(1).getPosition();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> w.crossTab().shown().get() != null);
        robot.interact(() -> {
            w.crossTab().choices().root().set("Threats");
            w.crossTab().test().set(true);
        });
        waitUntil(() -> w.crossTab().shown().get().table().test() != null
                && w.crossTab().shown().get().table().rows().get(0).code().startsWith("Threats"));
        robot.sleep(500);

        var table = w.crossTabPane().table();
        Bounds visible = table.localToScene(table.getLayoutBounds());
        assertThat(visible.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(visible.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());
        List<String> columns = table.getColumns().stream().map(c -> c.getText()).toList();
        // With the test on, the per-code test's columns (p, corrected p, V) follow the cities and Total.
        List<String> cities = List.of("Code", "Nizhny Novgorod", "Petrozavodsk", "Tomsk", "Total");
        assertThat(columns).startsWith(cities.toArray(String[]::new));
        for (String column : cities) {
            TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> table.getColumns().contains(c.getTableColumn()) && c.isVisible()
                            && column.equals(c.getTableColumn().getText())
                            && c.getItem() instanceof CrossTabPane.Line line
                            && line.kind() == CrossTabPane.Kind.PARTICIPANTS)
                    .findFirst().orElseThrow(() -> new AssertionError("No Participants cell in " + column));
            assertThat(inside(visible, cell.localToScene(cell.getLayoutBounds())))
                    .as("the Participants row's cell under " + column + " is in sight").isTrue();
        }
        assertThat(robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof CrossTabPane.Line line
                        && line.kind() == CrossTabPane.Kind.TOTAL && "Total".equals(c.getTableColumn().getText()))
                .anyMatch(c -> inside(visible, c.localToScene(c.getLayoutBounds())))).isTrue();

        robot.clickOn("Transcript");
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getText().equals("Transcript"));
        assertThat(w.main().getDividers().get(1).getPosition()).isCloseTo(sideBefore, org.assertj.core.data.Offset.offset(0.01));
    }
}
