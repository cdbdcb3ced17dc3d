package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodeNode;
import org.verbatim.project.SegmentFilter;

/**
 * Retrieval within reach: the code field lists matching codes as you type and Enter retrieves,
 * an unknown name is refused with the whole message in sight, and one click on a code in the
 * codebook retrieves it. The comparison code chooser finds a code by typing. Renaming a code
 * keeps it chosen in the charts and retrieved in Retrieval, under its new name.
 */
class RetrievalAndRenameWindowTest extends SampleWindowTest {
    private static final String CHINA = "Threats / China";

    private static void typeText(FxRobot robot, String text) {
        robot.write(text);
    }

    @Test
    void retrievalFiltersAsYouTypeRetrievesOnEnterAndSaysWhyANameIsUnknown(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("#tab-retrieval");
        robot.clickOn("#retrieval-code");
        typeText(robot, "china");
        @SuppressWarnings("unchecked")
        ListView<String> matches = robot.lookup("#retrieval-matches").queryAs(ListView.class);
        waitUntil(matches::isVisible);
        assertThat(matches.getItems()).contains(CHINA).allSatisfy(i -> assertThat(i.toLowerCase()).contains("china"));
        String first = matches.getItems().get(0);
        robot.type(KeyCode.ENTER);
        long expected = ask(robot, w, p -> p.segments(new SegmentFilter(first, java.util.Map.of(), null,
                java.util.List.of())).size());
        waitUntil(() -> w.retrieval().results().size() == expected && expected > 0);
        assertThat(w.retrieval().code().get()).isEqualTo(first);
        assertThat(matches.isVisible()).isFalse();

        robot.doubleClickOn("#retrieval-code").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        typeText(robot, "Threats / Chinese students and other visitors");
        robot.type(KeyCode.ENTER);
        Label summary = robot.lookup("#retrieval-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("Chinese students and other visitors"));
        assertThat(w.retrieval().results()).isEmpty();
        // Shown whole, not cut with "…".
        robot.sleep(300);
        assertThat(((Text) summary.lookup(".text")).getText()).isEqualTo(summary.getText());
    }

    @Test
    void oneClickOnACodeRetrievesItAndRenamingKeepsItChosenEverywhere(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        // The charts' code chooser finds a code by typing part of its name.
        robot.clickOn("#tab-charts");
        ComboBox<?> chartCodes = robot.lookup("#charts-codes").queryAs(ComboBox.class);
        robot.clickOn(chartCodes).type(KeyCode.ESCAPE);
        typeText(robot, "china");
        waitUntil(() -> CHINA.equals(w.charts().choices().root().get()));
        robot.type(KeyCode.ENTER);
        robot.clickOn("Transcript");

        robot.interact(() -> {
            var tree = w.codebookPane().tree();
            TreeItem<CodeNode> item = find(tree.getRoot(), CHINA);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
        });
        robot.sleep(300);
        Node cell = robot.lookup(n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodeNode node
                && node.path().equals(CHINA) && c.isVisible()).query();
        robot.clickOn(cell);
        waitUntil(() -> CHINA.equals(w.retrieval().code().get()) && !w.retrieval().results().isEmpty());
        int retrieved = w.retrieval().results().size();
        assertThat(robot.lookup("#tab-retrieval").tryQuery()).isPresent();

        robot.interact(() -> w.codebook().rename(CHINA, "People's Republic"));
        String renamed = "Threats / People's Republic";
        waitUntil(() -> renamed.equals(w.retrieval().code().get()) && renamed.equals(w.charts().choices().root().get()));
        waitUntil(() -> w.retrieval().results().size() == retrieved
                && w.retrieval().results().stream().allMatch(s -> s.code().startsWith(renamed)));
        assertThat(chartCodes.getValue()).isEqualTo(renamed);

        // Renaming another code leaves both choices as they are.
        String other = w.codebook().codes().stream().map(CodeNode::path).filter(p -> p.startsWith("The West / "))
                .findFirst().orElseThrow();
        robot.interact(() -> w.codebook().rename(other, "Renamed too"));
        waitUntil(() -> w.codebook().find(other).isEmpty());
        robot.sleep(500);
        assertThat(chartCodes.getValue()).isEqualTo(renamed);
        assertThat(w.charts().choices().root().get()).isEqualTo(renamed);
        assertThat(w.retrieval().code().get()).isEqualTo(renamed);
        assertThat(w.retrieval().results()).hasSize(retrieved);
    }

    private static TreeItem<CodeNode> find(TreeItem<CodeNode> item, String path) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            if (child.getValue().path().equals(path)) {
                return child;
            }
            TreeItem<CodeNode> below = find(child, path);
            if (below != null) {
                return below;
            }
        }
        return null;
    }
}
