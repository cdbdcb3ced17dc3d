package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.SegmentView;

/**
 * Popups stay on the screen: a segment's context menu opened at the bottom-right corner of the
 * screen, a tooltip there, and a dialog moved past the edge all show inside the screen. And the export
 * dialog's code tree keeps, as one types, the codes that match ("china": China, its sub-codes
 * and the code above it, of seventy).
 */
class PopupsAndCodeFilterWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private static Rectangle2D screen() {
        return Screen.getPrimary().getVisualBounds();
    }

    private static void assertOnScreen(Window w) {
        Rectangle2D area = screen();
        assertThat(w.getX()).as("left edge").isGreaterThanOrEqualTo(area.getMinX());
        assertThat(w.getY()).as("top edge").isGreaterThanOrEqualTo(area.getMinY());
        if (w.getWidth() <= area.getWidth()) {
            assertThat(w.getX() + w.getWidth()).as("right edge").isLessThanOrEqualTo(area.getMaxX());
        }
        if (w.getHeight() <= area.getHeight()) {
            assertThat(w.getY() + w.getHeight()).as("bottom edge").isLessThanOrEqualTo(area.getMaxY());
        }
    }

    /** What a popup shows (without its shadow, which may run past the edge) is inside the screen. */
    private static void assertVisibleOnScreen(Node shown) {
        javafx.geometry.Bounds b = shown.localToScreen(shown.getLayoutBounds());
        Rectangle2D area = screen();
        assertThat(b.getMinX()).as("left edge").isGreaterThanOrEqualTo(area.getMinX());
        assertThat(b.getMinY()).as("top edge").isGreaterThanOrEqualTo(area.getMinY());
        assertThat(b.getMaxX()).as("right edge").isLessThanOrEqualTo(area.getMaxX());
        assertThat(b.getMaxY()).as("bottom edge").isLessThanOrEqualTo(area.getMaxY());
    }

    private static Optional<ContextMenu> showingMenu() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).findFirst();
    }

    @Test
    void aContextMenuATooltipAndADialogAtTheScreensEdgeStayOnTheScreen(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> !w.transcript().segments().isEmpty());
        java.util.function.Predicate<Node> segmentRow = n -> n instanceof ListCell<?> c
                && c.getItem() instanceof SegmentView && c.isVisible();
        waitUntil(() -> robot.lookup(segmentRow).tryQuery().isPresent());
        Node cell = robot.lookup(segmentRow).query();

        // The right-click lands a few pixels from the bottom-right corner of the screen.
        Rectangle2D area = screen();
        Point2D corner = new Point2D(area.getMaxX() - 3, area.getMaxY() - 3);
        robot.interact(() -> {
            Point2D scene = cell.sceneToLocal(0, 0);
            cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    corner.getX(), corner.getY(), false, null));
        });
        waitUntil(() -> showingMenu().isPresent() && showingMenu().get().getWidth() > 0);
        ContextMenu menu = showingMenu().orElseThrow();
        assertThat(menu.getItems()).extracting(i -> i.getText()).contains("Uncode");
        assertVisibleOnScreen(menu.getSkin().getNode());
        robot.interact(menu::hide);

        Tooltip tip = new Tooltip("A long explanation that a tooltip shows beside the pointer, which is at the edge");
        robot.interact(() -> tip.show(stage, corner.getX(), corner.getY()));
        waitUntil(() -> tip.isShowing() && tip.getWidth() > 0);
        assertVisibleOnScreen(tip.getSkin().getNode());
        robot.interact(tip::hide);

        ExportDialog dialog = FxThread.call(w::openExport);
        Stage exportStage = (Stage) robot.lookup("#export-dialog").query().getScene().getWindow();
        robot.interact(() -> {
            exportStage.setX(area.getMaxX() - 120);
            exportStage.setY(area.getMaxY() - 80);
        });
        waitUntil(() -> exportStage.getX() < area.getMaxX() - 120);
        assertOnScreen(exportStage);
        robot.interact(exportStage::close);
        assertThat(dialog).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownCodes(FxRobot robot) {
        TreeView<CodeNode> tree = robot.lookup("#export-codes").queryAs(TreeView.class);
        List<String> out = new ArrayList<>();
        List<TreeItem<CodeNode>> todo = new ArrayList<>(tree.getRoot().getChildren());
        while (!todo.isEmpty()) {
            TreeItem<CodeNode> item = todo.remove(0);
            out.add(item.getValue().path());
            todo.addAll(0, item.getChildren());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static CheckBoxTreeItem<CodeNode> shownItem(FxRobot robot, String path) {
        TreeView<CodeNode> tree = robot.lookup("#export-codes").queryAs(TreeView.class);
        List<TreeItem<CodeNode>> todo = new ArrayList<>(tree.getRoot().getChildren());
        while (!todo.isEmpty()) {
            TreeItem<CodeNode> item = todo.remove(0);
            if (item.getValue().path().equals(path)) {
                return (CheckBoxTreeItem<CodeNode>) item;
            }
            todo.addAll(item.getChildren());
        }
        throw new AssertionError("No code " + path + " shown");
    }

    @Test
    void theExportDialogsCodeTreeKeepsTheCodesThatMatchWhatIsTyped(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        int codes = w.codebook().codes().size();
        robot.interact(w::openExport);
        waitUntil(() -> robot.lookup("#export-codes").tryQuery().isPresent() && shownCodes(robot).size() == codes);
        robot.interact(() -> w.export().allCodes().set(false));

        // Typed into the tree, the letters go to the filter, which keeps China and the code above it.
        robot.clickOn("#export-codes");
        robot.write("china");
        waitUntil(() -> shownCodes(robot).size() < codes);
        assertThat(robot.lookup("#export-code-filter").queryAs(TextField.class).getText()).isEqualTo("china");
        List<String> china = w.codebook().codes().stream().map(CodeNode::path)
                .filter(p -> p.equals("Threats / China") || p.startsWith("Threats / China / ")).toList();
        assertThat(china).hasSizeGreaterThan(1);
        List<String> expected = new ArrayList<>(List.of("Threats"));
        expected.addAll(china);
        assertThat(shownCodes(robot)).containsExactlyElementsOf(expected);

        robot.interact(() -> shownItem(robot, "Threats / China").setSelected(true));
        robot.interact(() -> robot.lookup("#export-code-filter").queryAs(TextField.class).clear());
        waitUntil(() -> shownCodes(robot).size() == codes);
        // The check made while filtered stays, and goes into the export.
        assertThat(shownItem(robot, "Threats / China").isSelected()).isTrue();
        assertThat(w.export().codes()).containsExactly("Threats / China");
    }
}
