package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Ctrl+= and Ctrl+- scale the whole window (codebook, panes, transcript), not only the transcript. */
class WindowScaleWindowTest extends SampleWindowTest {

    private static double codebookFont(FxRobot robot) {
        TreeCell<?> cell = robot.lookup("#codebook .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getGraphic() != null).findFirst().orElseThrow();
        return robot.from(cell).lookup(".code-name").queryAs(javafx.scene.text.Text.class).getFont().getSize();
    }

    @Test
    void largerAndSmallerScaleEveryPane(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.sleep(300);
        double codebookBefore = codebookFont(robot);
        double statusBefore = robot.lookup("#status").queryAs(Label.class).getFont().getSize();
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        }
        robot.sleep(300);
        assertThat(codebookFont(robot)).isEqualTo(17).isGreaterThan(codebookBefore);
        assertThat(robot.lookup("#status").queryAs(Label.class).getFont().getSize()).isEqualTo(17)
                .isGreaterThan(statusBefore);
        assertThat(w.transcriptPane().area().getStyle()).contains("-fx-font-size: 17.0px");
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        }
        robot.sleep(300);
        assertThat(codebookFont(robot)).isEqualTo(codebookBefore);
    }
}
