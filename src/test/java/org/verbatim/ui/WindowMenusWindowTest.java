package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentView;

/**
 * The window's menus and what it remembers, as a user meets them: File ▸ Open recent switches
 * projects (closing the one open) and each project comes back with its document and comparison
 * choices; Help has the user guide and the keyboard shortcuts; retrieval rows give turn times;
 * the codebook lists many codes with whole names on a 1280 × 720 screen.
 */
class WindowMenusWindowTest extends SampleWindowTest {
    private static final String CODE = "CIS and the near abroad / Neo-imperialism";

    /** A menu item, menu or button showing {@code text} in any window, once it is there. */
    private static Node labelled(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<Node> showing = n -> n instanceof Labeled l && l.getText() != null
                && l.getText().replace("_", "").startsWith(text) && n.isVisible();
        waitUntil(() -> robot.lookup(showing).tryQuery().isPresent());
        return robot.lookup(showing).query();
    }

    private static void menu(FxRobot robot, String... path) throws Exception {
        for (String item : path) {
            robot.clickOn(labelled(robot, item));
        }
    }

    @Test
    void openRecentSwitchesProjectsAndEachComesBackWhereTheUserLeftIt(FxRobot robot) throws Exception {
        Path pilot = home.resolve("Pilot.verbatim");
        Project.create(pilot).close();
        // Open project… on the start screen hands the chosen folder to this.
        robot.interact(() -> window.start().open(pilot));
        waitUntil(() -> window.workspace() != null && stage.getTitle().equals("Verbatim — Pilot"));
        menu(robot, "File", "Close project");
        WorkspaceView sample = openSample(robot);
        long focusGroup = sample.documents().documents().stream().filter(d -> d.name().equals("TOM-focus-group.txt"))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> sample.documentsPane().select(focusGroup));
        robot.clickOn("#tab-crosstab");
        robot.interact(() -> {
            sample.crossTab().choices().attribute().set("gender");
            sample.crossTab().choices().unit().set(Unit.SEGMENTS);
        });
        waitUntil(() -> sample.crossTab().choices().codes().contains("The West"));
        robot.interact(() -> sample.crossTab().choices().root().set("The West"));

        // File ▸ Open recent ▸ Pilot: the sample study is closed, the pilot open.
        menu(robot, "File", "Open recent", "Pilot");
        waitUntil(() -> window.workspace() != null && window.workspace() != sample
                && stage.getTitle().equals("Verbatim — Pilot"));
        // Closed cleanly: nothing holds the sample study any more.
        Path samplePath = sample.session().folder();
        waitUntil(() -> {
            try (Project p = Project.open(samplePath)) {
                return true;
            } catch (RuntimeException stillOpen) {
                return false;
            }
        });

        // And back: the focus group is on screen and the cross-tab asks what it asked.
        menu(robot, "File", "Open recent", "Sample study");
        waitUntil(() -> window.workspace() != null && window.workspace().session().folder().equals(samplePath));
        WorkspaceView again = window.workspace();
        waitUntil(() -> again.transcript().document().get() != null
                && again.transcript().document().get().document().id() == focusGroup);
        assertThat(again.crossTab().choices().attribute().get()).isEqualTo("gender");
        assertThat(again.crossTab().choices().unit().get()).isEqualTo(Unit.SEGMENTS);
        robot.clickOn("#tab-crosstab");
        waitUntil(() -> "The West".equals(again.crossTab().choices().root().get()));
        // The charts keep their own choices.
        assertThat(again.charts().choices().attribute().get()).isEqualTo("city");
    }

    @Test
    void helpHasTheUserGuideAndTheKeyboardShortcuts(FxRobot robot) throws Exception {
        openSample(robot);
        menu(robot, "Help", "User guide");
        waitUntil(() -> Window.getWindows().stream().anyMatch(win -> win instanceof Stage s
                && "Verbatim user guide".equals(s.getTitle())));
        ListView<?> sections = robot.lookup("#guide-sections").queryAs(ListView.class);
        assertThat(sections.getItems()).extracting(l -> ((Label) l).getText())
                .contains("Reading and coding", "Searching", "Keyboard shortcuts");
        assertThat(robot.lookup("#guide-page").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSizeGreaterThan(100);
        robot.interact(() -> Window.getWindows().stream().filter(win -> win instanceof Stage s
                && "Verbatim user guide".equals(s.getTitle())).findFirst().ifPresent(Window::hide));

        menu(robot, "Help", "Keyboard shortcuts");
        waitUntil(() -> robot.lookup("#shortcuts").tryQuery().isPresent());
        List<String> shown = robot.lookup("#shortcuts").queryAs(javafx.scene.layout.GridPane.class).getChildren()
                .stream().map(n -> ((Label) n).getText()).toList();
        assertThat(shown).contains("F3", "Search ▸ Next hit", "Shift+F3", "Search ▸ Previous hit",
                "File ▸ Open project…", "Edit ▸ Undo", "Shift+Alt+Right / Left");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void retrievalRowsGiveTheTurnsTimeWhereTheDocumentHasTimings(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("#tab-retrieval");
        robot.clickOn("#retrieval-code");
        robot.interact(() -> robot.lookup("#retrieval-code").queryAs(javafx.scene.control.TextField.class).setText(CODE));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !w.retrieval().results().isEmpty());
        // Rows of documents with timings give the turn's time, the others their character offsets.
        List<javafx.scene.control.ListCell<?>> rows = robot.lookup("#retrieval-results").queryAs(ListView.class)
                .lookupAll(".list-cell").stream().filter(n -> n instanceof javafx.scene.control.ListCell<?> c
                        && c.getItem() instanceof SegmentView).<javafx.scene.control.ListCell<?>>map(n
                        -> (javafx.scene.control.ListCell<?>) n).toList();
        assertThat(rows).isNotEmpty();
        int timed = 0;
        for (var row : rows) {
            SegmentView s = (SegmentView) row.getItem();
            String place = ((Text) row.lookup(".segment-place")).getText();
            String time = w.retrieval().timeOf(s);
            if (time != null) {
                timed++;
                assertThat(time).matches("\\d\\d:\\d\\d:\\d\\d");
                assertThat(place).startsWith(s.document() + " · " + time + " · ").doesNotContain("[" + s.start());
            } else {
                assertThat(place).startsWith(s.document() + " · [" + s.start() + "–" + s.end() + ")");
            }
        }
        assertThat(timed).isPositive();
        // The focus group's turns have times; TOM-semi-03.txt has none.
        assertThat(w.retrieval().results()).filteredOn(s -> s.document().equals("TOM-focus-group.txt"))
                .allMatch(s -> w.retrieval().timeOf(s) != null);
        assertThat(w.retrieval().results()).filteredOn(s -> s.document().equals("TOM-semi-03.txt"))
                .allMatch(s -> w.retrieval().timeOf(s) == null);
    }

    @Test
    void theCodebookListsManyCodesWithWholeNamesOnALaptopScreen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WorkspaceView w = openSample(robot);
        TreeView<CodeNode> tree = w.codebookPane().tree();
        waitUntil(() -> visibleCodes(robot, tree).size() >= 14);
        for (TreeCell<?> cell : visibleCodes(robot, tree)) {
            Text name = (Text) cell.lookup(".code-name");
            CodeNode node = (CodeNode) cell.getItem();
            // The whole name, wrapped if need be, inside the pane.
            assertThat(name.getText()).isEqualTo(node.code().name());
            assertThat(name.localToScene(name.getBoundsInLocal()).getMaxX())
                    .isLessThanOrEqualTo(tree.localToScene(tree.getBoundsInLocal()).getMaxX());
            assertThat(cell.getTooltip().getText()).startsWith(node.path());
        }
    }

    private static List<TreeCell<?>> visibleCodes(FxRobot robot, TreeView<?> tree) {
        var view = tree.localToScene(tree.getBoundsInLocal());
        return robot.lookup(".tree-cell").queryAll().stream()
                .filter(n -> n instanceof TreeCell<?> c && c.getTreeView() == tree && c.getItem() != null && c.isVisible()
                        && c.localToScene(c.getBoundsInLocal()).getMaxY() <= view.getMaxY() + 1)
                .<TreeCell<?>>map(n -> (TreeCell<?>) n).toList();
    }
}
