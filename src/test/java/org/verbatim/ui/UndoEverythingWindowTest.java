package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.CodeNode;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Everything the window changes is in one undo history and undoes exactly: deleting a code
 * with its segments (the case: Ctrl+Z used to leave the code gone and undo an older,
 * unrelated uncoding instead), merging, renaming and recolouring codes, and participant
 * attributes — each undone newest first, never stepping over one to reach an older edit.
 */
class UndoEverythingWindowTest extends SampleWindowTest {
    private static final String DELETED = "CIS and the near abroad";
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private static Node labelled(FxRobot robot, String text) throws Exception {
        Predicate<Node> showing = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible();
        waitUntil(() -> robot.lookup(showing).tryQuery().isPresent());
        return robot.lookup(showing).query();
    }

    /** Right-clicks the codebook's row of a code (Monocle sends no context-menu request for a right-click). */
    private static void rightClickCode(FxRobot robot, String path) throws Exception {
        Predicate<Node> row = n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodeNode node
                && node.path().equals(path) && c.isVisible();
        waitUntil(() -> robot.lookup(row).tryQuery().isPresent());
        Node cell = robot.lookup(row).query();
        robot.interact(() -> {
            Point2D scene = cell.localToScene(20, 8);
            Point2D screen = cell.localToScreen(20, 8);
            cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    private static List<SegmentView> segmentsUnder(FxRobot robot, WorkspaceView w, String path) throws Exception {
        return ask(robot, w, p -> p.segments(SegmentFilter.ALL)).stream()
                .filter(s -> s.code().equals(path) || s.code().startsWith(path + " / ")).toList();
    }

    private long segmentsOf(WorkspaceView w, String code) {
        return w.codebook().codes().stream().filter(n -> n.path().equals(code)).mapToLong(CodeNode::segments)
                .findFirst().orElse(-1);
    }

    @Test
    void deletingACodeWithSegmentsThenUndoBringsBackTheCodeItsSubcodesSegmentsAndMemosExactly(FxRobot robot)
            throws Exception {
        WorkspaceView w = openSample(robot);
        List<CodeNode> codesBefore = List.copyOf(w.codebook().codes());
        List<CodeNode> subtreeBefore = codesBefore.stream()
                .filter(n -> n.path().equals(DELETED) || n.path().startsWith(DELETED + " / ")).toList();
        List<SegmentView> segmentsBefore = segmentsUnder(robot, w, DELETED);
        assertThat(subtreeBefore).hasSizeGreaterThan(1);
        assertThat(segmentsBefore).hasSizeGreaterThan(5);
        // A memo on one of its segments and one on the code itself must come back too.
        SegmentView withMemo = segmentsBefore.get(0);
        ask(robot, w, p -> p.addMemo(MemoTarget.SEGMENT, String.valueOf(withMemo.id()), "Why", "Irony here"));
        ask(robot, w, p -> p.addMemo(MemoTarget.CODE, DELETED, "Scope", "Russia's neighbours"));
        List<Memo> memosBefore = ask(robot, w, p -> p.memos());

        // An older, unrelated edit: coding a passage of the focus group by the code's shortcut.
        long focus = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(d -> d.id()).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(focus));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == focus);
        String quote = "Maxim, it works for Lukashenko, because he gets cheap oil.";
        String text = w.transcript().document().get().text();
        int at = text.indexOf(quote);
        String older = "Sovereignty and globalisation / Transnational networks";
        long olderCount = segmentsOf(w, older);
        robot.interact(() -> {
            w.transcriptPane().area().selectRange(at, at + quote.length());
            w.coding().codeSelection(older);
        });
        waitUntil(() -> segmentsOf(w, older) == olderCount + 1);

        rightClickCode(robot, DELETED);
        robot.clickOn(labelled(robot, "Delete…"));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).contains(segmentsBefore.size() + " segments").contains("Ctrl+Z");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> w.codebook().find(DELETED).isEmpty());
        assertThat(segmentsUnder(robot, w, DELETED)).isEmpty();
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText())
                .contains("Deleted " + DELETED).contains(segmentsBefore.size() + " segments");

        undo(robot);
        waitUntil(() -> w.codebook().find(DELETED).isPresent());
        // The code, its sub-codes (ids, colours, shortcuts, counts), every segment (ids, ranges, coders,
        // memos) and the memos are as they were; the older coding was not touched.
        waitUntil(() -> w.codebook().codes().size() == codesBefore.size());
        assertThat(w.codebook().codes()).containsExactlyElementsOf(codesBefore.stream()
                .map(n -> n.path().equals(older) ? new CodeNode(n.code(), n.path(), n.depth(), n.segments() + 1,
                        n.segmentsWithSubcodes() + 1) : n)
                .map(n -> n.path().equals("Sovereignty and globalisation") ? new CodeNode(n.code(), n.path(),
                        n.depth(), n.segments(), n.segmentsWithSubcodes() + 1) : n).toList());
        assertThat(segmentsUnder(robot, w, DELETED)).containsExactlyInAnyOrderElementsOf(segmentsBefore);
        List<Memo> memosAfter = ask(robot, w, p -> p.memos());
        assertThat(memosAfter).containsExactlyInAnyOrderElementsOf(memosBefore);
        assertThat(segmentsOf(w, older)).isEqualTo(olderCount + 1);
        assertThat(robot.lookup("#status").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Undone: Delete " + DELETED);

        // The next undo is the older coding, and only that.
        undo(robot);
        waitUntil(() -> segmentsOf(w, older) == olderCount);
        assertThat(segmentsUnder(robot, w, DELETED)).hasSameSizeAs(segmentsBefore);

        // Redo deletes again; undo brings it back again.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> segmentsOf(w, older) == olderCount + 1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> w.codebook().find(DELETED).isEmpty());
        undo(robot);
        waitUntil(() -> w.codebook().find(DELETED).isPresent());
        assertThat(segmentsUnder(robot, w, DELETED)).containsExactlyInAnyOrderElementsOf(segmentsBefore);
    }

    @Test
    void mergingRenamingRecolouringAndMovingCodesUndoNewestFirst(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        List<CodeNode> codesBefore = List.copyOf(w.codebook().codes());
        List<SegmentView> segmentsBefore = ask(robot, w, p -> p.segments(SegmentFilter.ALL));
        CodeNode source = codesBefore.stream().filter(n -> n.depth() == 1 && n.segments() > 0).findFirst()
                .orElseThrow();
        CodeNode target = codesBefore.stream().filter(n -> n.depth() == 1 && n.segments() > 0
                && n.code().id() != source.code().id() && n.code().parentId().equals(source.code().parentId()))
                .findFirst().orElseThrow();

        w.codebook().rename(target.path(), "Renamed for the test");
        String renamed = CodebookEdit.under(CodebookEdit.parentOf(target.path()), "Renamed for the test");
        waitUntil(() -> w.codebook().find(renamed).isPresent());
        w.codebook().recolour(renamed, "#123456");
        waitUntil(() -> w.codebook().find(renamed).map(n -> n.code().color().equalsIgnoreCase("#123456")).orElse(false));
        robot.interact(() -> w.codebook().merge(source.path(), renamed));
        waitUntil(() -> w.codebook().find(source.path()).isEmpty());
        robot.interact(() -> w.codebook().move(renamed, null));
        waitUntil(() -> w.codebook().find("Renamed for the test").isPresent());

        undo(robot);
        waitUntil(() -> w.codebook().find(renamed).isPresent());
        undo(robot);
        waitUntil(() -> w.codebook().find(source.path()).isPresent());
        assertThat(w.codebook().find(source.path()).orElseThrow().segments()).isEqualTo(source.segments());
        undo(robot);
        waitUntil(() -> w.codebook().find(renamed).map(n -> n.code().color().equalsIgnoreCase(target.code().color()))
                .orElse(false));
        undo(robot);
        waitUntil(() -> w.codebook().find(target.path()).isPresent());
        assertThat(w.codebook().codes()).containsExactlyElementsOf(codesBefore);
        List<SegmentView> segmentsAfter = ask(robot, w, p -> p.segments(SegmentFilter.ALL));
        assertThat(segmentsAfter).containsExactlyInAnyOrderElementsOf(segmentsBefore);
        assertThat(w.coding().canUndo().get()).isFalse();
    }

    @Test
    void aParticipantAttributeEditUndoesToTheValueItHad(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        ParticipantView first = ask(robot, w, p -> p.participants()).get(0);
        String attribute = first.attributes().keySet().iterator().next();
        String before = first.attributes().get(attribute);
        robot.interact(() -> w.participants().setAttribute(first, attribute, "changed"));
        waitUntil(() -> "changed".equals(ask(robot, w, p -> p.participants()).get(0).attributes().get(attribute)));
        undo(robot);
        waitUntil(() -> before.equals(ask(robot, w, p -> p.participants()).get(0).attributes().get(attribute)));
        assertThat(w.coding().canUndo().get()).isFalse();
    }
}
