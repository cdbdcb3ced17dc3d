package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentView;

/**
 * Drives the real window (headless on Monocle in CI): the start screen, the sample study, coding
 * a focus group by shortcut, by the menu bar, by the context menu, by dragging and in vivo, undo
 * and redo, uncode, recode and memo from the segment list, an export, and an import with a bad file.
 *
 * <p>Monocle's headless mouse does not turn a right-click into a context-menu request (its
 * {@code MouseInput} never calls {@code notifyMenu}), so these tests fire the request the
 * platform would send for a right-click at the same place, and then click the menu's items.
 */
class WorkspaceWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";
    private static final String SHORTCUT_CODE = "CIS and the near abroad / Neo-imperialism";

    private void openFocusGroup(FxRobot robot, WorkspaceView w) throws Exception {
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().name().equals(FOCUS_GROUP));
    }

    /** Selects (with the mouse's imprecision: from inside the first word to inside the last) a quote of the transcript. */
    private TextRange selectQuote(FxRobot robot, WorkspaceView w, String quote) {
        String text = w.transcript().document().get().text();
        int at = text.indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        robot.interact(() -> {
            w.transcriptPane().area().requestFocus();
            w.transcriptPane().area().selectRange(at + 1, at + quote.length() - 2);
            w.transcriptPane().area().requestFollowCaret();
        });
        return new TextRange(at, at + quote.length());
    }

    private long segmentsOf(WorkspaceView w, String code) {
        return w.codebook().codes().stream().filter(n -> n.path().equals(code)).mapToLong(CodeNode::segments)
                .findFirst().orElse(-1);
    }

    private long documentSegments(WorkspaceView w) {
        return w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::segments).findFirst().orElse(-1);
    }

    /** Whether the coding-stripes margin shows a stripe for this segment. */
    private static boolean stripeOf(FxRobot robot, SegmentView segment) {
        return robot.lookup(".stripe").queryAll().stream()
                .anyMatch(n -> n.getUserData() instanceof SegmentView s && s.id() == segment.id());
    }

    @Test
    void codingAFocusGroupByShortcutAndByMenuShowsHighlightStripeAndCountsAndUndoes(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        assertThat(window.start().recent()).isNotEmpty();
        openFocusGroup(robot, w);
        // The sample study comes coded; these words are not, so their highlight and stripe are the new segment's.
        String quote = "Maxim, it works for Lukashenko, because he gets cheap oil.";
        int segmentsBefore = w.transcript().segments().size();
        long codeCountBefore = segmentsOf(w, SHORTCUT_CODE);
        long documentCountBefore = documentSegments(w);
        TextRange range = selectQuote(robot, w, quote);
        assertThat(w.transcript().selectedText()).isEqualTo(quote.substring(0, quote.length() - 1));
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).doesNotContain("-rtfx-background-color");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore + 1
                && segmentsOf(w, SHORTCUT_CODE) == codeCountBefore + 1);

        SegmentView coded = w.transcript().segments().stream().filter(s -> s.start() == range.start()).findFirst()
                .orElseThrow();
        assertThat(coded.code()).isEqualTo(SHORTCUT_CODE);
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).contains("-rtfx-background-color");
        waitUntil(() -> stripeOf(robot, coded));
        assertThat(robot.lookup("#segments").queryAs(ListView.class).getItems()).hasSize(segmentsBefore + 1);
        waitUntil(() -> documentSegments(w) == documentCountBefore + 1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore && segmentsOf(w, SHORTCUT_CODE) == codeCountBefore);
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).doesNotContain("-rtfx-background-color");
        waitUntil(() -> !stripeOf(robot, coded));

        // Code with… (Ctrl+K): type part of the code's name, Enter takes the first match.
        String other = "Daria, logistics company, we bring goods from China, so I spend half my life in Urumqi and Harbin.";
        TextRange otherRange = selectQuote(robot, w, other);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#code-chooser-text").tryQuery().isPresent());
        robot.clickOn("#code-chooser-text").write("Transnat");
        waitUntil(() -> robot.lookup("#code-chooser-list").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore + 1);
        assertThat(w.transcript().segments()).filteredOn(s -> s.start() == otherRange.start()).singleElement()
                .extracting(SegmentView::code).isEqualTo("Sovereignty and globalisation / Transnational networks");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Code with Sovereignty and globalisation / Transnational networks");

        // In vivo: Edit → New code from selection (Ctrl+I).
        selectQuote(robot, w, "neo-imperial sense");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        // The name is asked for, offered as the selected words: Enter takes it.
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        // The codebook and the transcript each read the change in their own background job.
        waitUntil(() -> segmentsOf(w, "neo-imperial sense") == 1
                && w.transcript().segments().stream().anyMatch(s -> s.code().equals("neo-imperial sense")));
    }

    /** A menu item, menu or button showing {@code text} in any window, once it is there. */
    private static Node labelled(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<Node> showing = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible();
        waitUntil(() -> robot.lookup(showing).tryQuery().isPresent());
        return robot.lookup(showing).query();
    }

    /** What a right-click at {@code local} (in the node's coordinates) sends. */
    private static void rightClickRequest(FxRobot robot, Node node, Point2D local) {
        robot.interact(() -> {
            Point2D scene = node.localToScene(local);
            Point2D screen = node.localToScreen(local);
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    /** The middle of a passage of the transcript, in the text area's coordinates. */
    private static Point2D middleOf(FxRobot robot, WorkspaceView w, TextRange range) {
        Point2D[] middle = new Point2D[1];
        robot.interact(() -> {
            Bounds onScreen = w.transcriptPane().area().getCharacterBoundsOnScreen(range.start() + 2, range.start() + 4)
                    .orElseThrow();
            middle[0] = w.transcriptPane().area().screenToLocal(onScreen.getCenterX(), onScreen.getCenterY());
        });
        return middle[0];
    }

    private static void chooseCode(FxRobot robot, String typed) throws Exception {
        waitUntil(() -> robot.lookup("#code-chooser-text").tryQuery().isPresent());
        robot.clickOn("#code-chooser-text").write(typed);
        waitUntil(() -> robot.lookup("#code-chooser-list").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
    }

    private static SegmentView segmentAt(WorkspaceView w, TextRange range) {
        return w.transcript().segments().stream().filter(s -> s.start() == range.start() && s.end() == range.end() - 1)
                .findFirst().orElse(null);
    }

    @Test
    void codingByTheMenuBarAndTheContextMenuRedoingAndEditingSegmentsFromTheirList(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        openFocusGroup(robot, w);
        String code = "Sovereignty and globalisation / Transnational networks";

        // Edit → Code with…, opened with the mouse.
        // None of these words are coded in the sample study, nor by the other tests.
        String first = "we write software for European clients, mostly Germany and Denmark.";
        TextRange firstRange = selectQuote(robot, w, first);
        long before = segmentsOf(w, code);
        robot.clickOn(labelled(robot, "Edit"));
        robot.clickOn(labelled(robot, "Code with…"));
        chooseCode(robot, "Transnat");
        waitUntil(() -> segmentAt(w, firstRange) != null && segmentsOf(w, code) == before + 1);
        SegmentView made = segmentAt(w, firstRange);
        waitUntil(() -> stripeOf(robot, made));

        // Undo, then redo (Ctrl+Shift+Z): the segment, its highlight, stripe and count come back.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> segmentAt(w, firstRange) == null && segmentsOf(w, code) == before);
        assertThat(w.transcriptPane().area().getStyleAtPosition(firstRange.start() + 5)).doesNotContain("-rtfx-background-color");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> segmentAt(w, firstRange) != null && segmentsOf(w, code) == before + 1);
        assertThat(w.transcriptPane().area().getStyleAtPosition(firstRange.start() + 5)).contains("-rtfx-background-color");
        SegmentView redone = segmentAt(w, firstRange);
        waitUntil(() -> stripeOf(robot, redone));

        // Right-click the selection → Code with…
        String second = "international office of one of the universities,";
        TextRange secondRange = selectQuote(robot, w, second);
        rightClickRequest(robot, w.transcriptPane().area(), middleOf(robot, w, secondRange));
        robot.clickOn(labelled(robot, "Code with…"));
        chooseCode(robot, "Transnat");
        waitUntil(() -> segmentAt(w, secondRange) != null && segmentsOf(w, code) == before + 2);

        // Right-click the selection → New code from selection.
        TextRange third = selectQuote(robot, w, "student newspaper");
        rightClickRequest(robot, w.transcriptPane().area(), middleOf(robot, w, third));
        robot.clickOn(labelled(robot, "New code from selection…"));
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> segmentsOf(w, "student newspaper") == 1);

        // The segment list's context menu: recode, memo, uncode.
        SegmentView inList = segmentAt(w, secondRange);
        robot.interact(() -> w.transcript().reveal(inList));
        ListView<?> list = robot.lookup("#segments").queryAs(ListView.class);
        waitUntil(() -> robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof SegmentView s
                && s.id() == inList.id() && c.isVisible()).tryQuery().isPresent());
        Node row = robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof SegmentView s
                && s.id() == inList.id()).query();
        rightClickRequest(robot, row, new Point2D(20, 10));
        robot.clickOn(labelled(robot, "Recode as…"));
        chooseCode(robot, "Neo-imperialism");
        waitUntil(() -> segmentAt(w, secondRange) != null && segmentAt(w, secondRange).code().equals(SHORTCUT_CODE));
        assertThat(segmentAt(w, secondRange).id()).isEqualTo(inList.id());

        Node recoded = robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof SegmentView s
                && s.id() == inList.id() && s.code().equals(SHORTCUT_CODE)).query();
        rightClickRequest(robot, recoded, new Point2D(20, 10));
        robot.clickOn(labelled(robot, "Memo…"));
        waitUntil(() -> robot.lookup("#memo-text").tryQuery().isPresent());
        robot.clickOn("#memo-text").write("Exchanges as everyday diplomacy");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> "Exchanges as everyday diplomacy".equals(segmentAt(w, secondRange).memo()));
        assertThat(list.getItems()).isNotEmpty();

        Node withMemo = robot.lookup(n -> n instanceof ListCell<?> c && c.getItem() instanceof SegmentView s
                && s.id() == inList.id() && s.memo() != null).query();
        rightClickRequest(robot, withMemo, new Point2D(20, 10));
        robot.clickOn(labelled(robot, "Uncode"));
        waitUntil(() -> segmentAt(w, secondRange) == null);
    }

    @Test
    void draggingTheSelectionOntoACodeCodesIt(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        openFocusGroup(robot, w);
        TextRange range = selectQuote(robot, w, "regional committee for youth affairs,");
        TreeCell<?> target = (TreeCell<?>) robot.lookup(n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodeNode
                && c.isVisible()).query();
        String code = ((CodeNode) target.getItem()).path();
        long before = segmentsOf(w, code);
        Point2D middle = middleOf(robot, w, range);
        Point2D from = w.transcriptPane().area().localToScreen(middle);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveBy(12, 0).moveBy(12, 0).moveTo(target)
                .release(MouseButton.PRIMARY);

        waitUntil(() -> segmentsOf(w, code) == before + 1);
        assertThat(w.transcript().segments()).anyMatch(s -> s.start() == range.start() && s.code().equals(code));
    }

    @Test
    void aStripeRunsBesideTheWrappedLinesThatHoldItsSegmentsWords(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        openFocusGroup(robot, w);
        // Mid-paragraph and 299 characters long: Artem's turn begins before it, and it wraps at any window width.
        SegmentView segment = w.transcript().segments().stream()
                .filter(s -> s.coder().equals("elena") && s.text().startsWith("The problem is not whether")).findFirst()
                .orElseThrow();
        robot.interact(() -> w.transcript().reveal(segment));
        waitUntil(() -> stripeOf(robot, segment));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        Bounds[] seen = new Bounds[3];
        robot.interact(() -> {
            var area = w.transcriptPane().area();
            seen[0] = area.getCharacterBoundsOnScreen(segment.start(), segment.start() + 1).orElseThrow();
            seen[1] = area.getCharacterBoundsOnScreen(segment.end() - 1, segment.end()).orElseThrow();
            Node bar = robot.lookup(".stripe").queryAll().stream()
                    .filter(n -> n.getUserData() instanceof SegmentView s && s.id() == segment.id()).findFirst().orElseThrow();
            seen[2] = bar.localToScreen(bar.getBoundsInLocal());
        });
        Bounds first = seen[0];
        Bounds last = seen[1];
        Bounds stripe = seen[2];
        assertThat(last.getMinY()).as("the segment runs over more than one line").isGreaterThan(first.getMaxY() - 1);
        assertThat(stripe.getMinY()).isCloseTo(first.getMinY(), org.assertj.core.data.Offset.offset(4.0));
        assertThat(stripe.getMaxY()).isCloseTo(last.getMaxY(), org.assertj.core.data.Offset.offset(4.0));
    }

    @Test
    void fileExportWritesEveryCodedExcerptWithProgressInTheStatusBar(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        Path csv = home.resolve("excerpts.csv");
        robot.clickOn(labelled(robot, "File"));
        robot.clickOn(labelled(robot, "Export coded excerpts…"));
        waitUntil(() -> robot.lookup("#export-file").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class)
                .setText(csv.toString()));
        robot.clickOn("#export-excel");
        robot.clickOn("#export-start");

        long segments = w.documents().documents().stream().mapToLong(DocumentSummary::segments).sum();
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().startsWith("Exported"));
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "Exported %,d excerpts to %s", segments, csv));
        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(csv)).contains("document,participants");
        robot.clickOn("#export-close");
    }

    @Test
    void importingAFolderWithABadFileImportsTheRestAndReportsTheBadOne(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("incoming"));
        Files.writeString(folder.resolve("NNV-extra.txt"), "Interviewer: Hello.\nSergei B.: We trade with the EU.\n");
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
        robot.interact(() -> window.start().create(home.resolve("fresh")));
        waitUntil(() -> window.workspace() != null);
        WorkspaceView w = window.workspace();

        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = w.openImport());
        robot.interact(() -> dialog[0].model().add(List.of(folder)));
        waitUntil(() -> dialog[0].model().previews().size() == 2);
        robot.clickOn("#import-start");
        waitUntil(() -> dialog[0].model().finished().get());

        ListView<?> refused = robot.lookup("#import-refused").queryAs(ListView.class);
        assertThat(refused.getItems()).hasSize(1);
        assertThat(refused.isVisible()).isTrue();
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).isEqualTo("1 imported, 1 refused");
        waitUntil(() -> w.documents().documents().size() == 1);
        assertThat(w.documents().documents().get(0).name()).isEqualTo("NNV-extra.txt");
        robot.clickOn("#import-close");
    }

    @Test
    void aProjectOpenElsewhereIsReportedOnTheStartScreen(FxRobot robot) throws Exception {
        Path busy = home.resolve("busy.verbatim");
        try (Project held = Project.create(busy)) {
            robot.interact(() -> window.start().open(busy));
            waitUntil(() -> robot.lookup("#start-message").queryAs(Label.class).getText().contains("another"));
            assertThat(robot.lookup("#start-message").queryAs(Label.class).getText())
                    .isEqualTo("Project busy.verbatim is open in another Verbatim window or process.");
            assertThat(window.workspace()).isNull();
            assertThat(held.documents()).isEmpty();
        }
    }

    @Test
    void aClosedProjectsStatusBarNoLongerHearsTheSharedBackground(FxRobot robot) throws Exception {
        robot.interact(() -> window.start().create(home.resolve("first")));
        waitUntil(() -> window.workspace() != null);
        WorkspaceView first = window.workspace();
        Label status = (Label) first.root().lookup("#status");
        robot.interact(() -> background.errors().set("Reading failed"));
        assertThat(status.getText()).isEqualTo("Reading failed");

        robot.interact(window::closeProject);
        robot.interact(() -> background.errors().set("Something for the next project"));

        assertThat(status.getText()).isEqualTo("Reading failed");
    }
}
