package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.MemoView;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.SegmentView;

/**
 * Memos as a researcher writes them in the window: on a document, a code, a participant and the
 * project from where each is shown, each listed in the Memos tab, found by kind and words, its
 * target opened from the list; a segment's memo marked in the transcript's margin; and memo
 * edits and deletions undone exactly.
 */
class MemosWindowTest extends SampleWindowTest {
    private static final String DOCUMENT = "TOM-semi-01.txt";
    private static final String CODE = "Threats / China";

    private static Node visible(FxRobot robot, Predicate<Node> which) throws Exception {
        // Shown now: a closed menu's or dialog's nodes keep their visible flag, but their window is gone.
        Predicate<Node> shown = n -> which.test(n) && n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        waitUntil(() -> robot.lookup(shown).tryQuery().isPresent());
        return robot.lookup(shown).query();
    }

    private static Node labelled(FxRobot robot, String text) throws Exception {
        return visible(robot, n -> n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", "")));
    }

    /** Sends the context-menu request a right-click would (Monocle's mouse sends none). */
    private static void rightClick(FxRobot robot, Node node) {
        robot.interact(() -> {
            Point2D scene = node.localToScene(20, 8);
            Point2D screen = node.localToScreen(20, 8);
            node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    /** Types {@code text} into the memo dialog's text and presses OK. */
    private static void writeInDialog(FxRobot robot, String text) throws Exception {
        TextArea area = (TextArea) visible(robot, n -> n instanceof TextArea t && "memo-text".equals(t.getId()));
        robot.clickOn(area);
        robot.interact(area::selectAll);
        robot.write(text);
        robot.clickOn(labelled(robot, "OK"));
    }

    private static Optional<MemoView> listed(WorkspaceView w, String text) {
        return w.memos().model().all().stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static List<Memo> memos(FxRobot robot, WorkspaceView w) throws Exception {
        return ask(robot, w, p -> p.memos());
    }

    private static void showMemosTab(FxRobot robot, WorkspaceView w) {
        robot.interact(() -> w.memos().tab().getTabPane().getSelectionModel().select(w.memos().tab()));
    }

    private static void choose(FxRobot robot, WorkspaceView w, MemoView memo) throws Exception {
        waitUntil(() -> w.memos().pane().list().getItems().contains(memo));
        robot.interact(() -> {
            w.memos().pane().list().getSelectionModel().select(memo);
            w.memos().pane().list().scrollTo(memo);
            w.memos().pane().list().requestFocus();
        });
    }

    @Test
    void memosWrittenOnADocumentACodeAParticipantAndTheProjectAreListedFilteredAndOpenTheirTarget(FxRobot robot)
            throws Exception {
        WorkspaceView w = openSample(robot);
        waitUntil(() -> !w.memos().model().all().isEmpty());
        int before = w.memos().model().all().size();

        // A document: right-click it in the document list → Memo….
        DocumentSummary doc = w.documents().documents().stream().filter(d -> d.name().equals(DOCUMENT)).findFirst()
                .orElseThrow();
        robot.interact(() -> w.documentsPane().select(doc.id()));
        robot.interact(() -> {
            javafx.scene.control.TreeView<?> tree = robot.lookup("#documents").queryAs(javafx.scene.control.TreeView.class);
            tree.scrollTo(tree.getSelectionModel().getSelectedIndex());
        });
        Node documentCell = visible(robot, n -> n instanceof TreeCell<?> c && c.getItem() instanceof DocumentSummary d && d.id() == doc.id());
        rightClick(robot, documentCell);
        robot.clickOn(labelled(robot, "Memo…"));
        writeInDialog(robot, "Recorded by phone; sound poor in places");
        waitUntil(() -> listed(w, "Recorded by phone; sound poor in places").isPresent());
        MemoView documentMemo = listed(w, "Recorded by phone; sound poor in places").orElseThrow();
        assertThat(documentMemo.target()).isEqualTo(MemoTarget.DOCUMENT);
        assertThat(documentMemo.on()).isEqualTo(DOCUMENT);
        // Marked beside its name in the list and under the transcript's title, the memo as the tooltip.
        Button header = (Button) visible(robot, n -> "document-memo".equals(n.getId()));
        assertThat(header.getTooltip().getText()).contains("Recorded by phone");
        waitUntil(() -> robot.lookup(n -> n instanceof Label l && DOCUMENT.equals(l.getText()) && l.getTooltip() != null
                && l.getTooltip().getText().contains("Recorded by phone")).tryQuery().isPresent());

        // A code: right-click it in the codebook → Memo….
        robot.interact(() -> {
            var tree = w.codebookPane().tree();
            for (var top : tree.getRoot().getChildren()) {
                for (var item : top.getChildren()) {
                    if (item.getValue().path().equals(CODE)) {
                        top.setExpanded(true);
                        tree.scrollTo(tree.getRow(item));
                    }
                }
            }
        });
        Node codeCell = visible(robot, n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodeNode node
                && node.path().equals(CODE));
        rightClick(robot, codeCell);
        robot.clickOn(labelled(robot, "Memo…"));
        writeInDialog(robot, "China as a threat only; partnership goes elsewhere");
        waitUntil(() -> listed(w, "China as a threat only; partnership goes elsewhere").isPresent());
        assertThat(listed(w, "China as a threat only; partnership goes elsewhere").orElseThrow().on()).isEqualTo(CODE);

        // A participant: the Participants tab, right-click the row → Memo….
        TabPane sources = (TabPane) visible(robot, n -> n instanceof TabPane t && t.getTabs().stream()
                .anyMatch(tab -> tab.getContent() == w.participantsPane().root()));
        robot.interact(() -> sources.getSelectionModel().select(1));
        ParticipantView person = w.participants().participants().get(1);
        Node row = visible(robot, n -> n instanceof TableRow<?> r && r.getItem() instanceof ParticipantView v && v.id() == person.id());
        // A right-click selects the row it is on (Monocle sends only the menu request).
        robot.interact(() -> robot.lookup("#participants").queryAs(javafx.scene.control.TableView.class)
                .getSelectionModel().select(((TableRow<?>) row).getIndex()));
        rightClick(robot, row);
        robot.clickOn(labelled(robot, "Memo…"));
        writeInDialog(robot, "Studied in Harbin for a year");
        waitUntil(() -> listed(w, "Studied in Harbin for a year").isPresent());
        assertThat(listed(w, "Studied in Harbin for a year").orElseThrow().on()).startsWith(person.key());
        robot.interact(() -> sources.getSelectionModel().select(0));

        // The project: the Memos tab's Project memo… button.
        showMemosTab(robot, w);
        robot.clickOn("#project-memo");
        writeInDialog(robot, "Partner or threat: compare the three cities");
        waitUntil(() -> listed(w, "Partner or threat: compare the three cities").isPresent());
        assertThat(listed(w, "Partner or threat: compare the three cities").orElseThrow().on()).isEqualTo("the project");
        waitUntil(() -> w.memos().model().all().size() == before + 4);
        List<Memo> stored = ask(robot, w, p -> p.memos());
        assertThat(stored).extracting(Memo::target).containsExactlyInAnyOrder(MemoTarget.DOCUMENT, MemoTarget.CODE,
                MemoTarget.PARTICIPANT, MemoTarget.PROJECT);

        // Filtering: by kind, then by words as they are typed.
        robot.interact(() -> w.memos().model().kind().set(MemosViewModel.Kind.CODE));
        assertThat(w.memos().pane().list().getItems()).extracting(MemoView::text)
                .containsExactly("China as a threat only; partnership goes elsewhere");
        robot.interact(() -> w.memos().model().kind().set(MemosViewModel.Kind.ALL));
        robot.clickOn("#memo-filter");
        robot.write("harbin");
        waitUntil(() -> w.memos().pane().list().getItems().size() == 1);
        assertThat(w.memos().pane().list().getItems().get(0).text()).isEqualTo("Studied in Harbin for a year");
        assertThat(robot.lookup("#memo-count").queryAs(Label.class).getText()).isEqualTo("1 of " + (before + 4) + " memos");

        // Opening from the list: Enter on the participant's memo shows their row, and the memo.
        robot.interact(() -> sources.getSelectionModel().select(0));
        choose(robot, w, w.memos().pane().list().getItems().get(0));
        robot.type(KeyCode.ENTER);
        TextArea shown = (TextArea) visible(robot, n -> n instanceof TextArea t && "memo-text".equals(t.getId()));
        assertThat(shown.getText()).isEqualTo("Studied in Harbin for a year");
        robot.clickOn(labelled(robot, "Cancel"));
        assertThat(sources.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#participants").queryAs(javafx.scene.control.TableView.class).getSelectionModel()
                .getSelectedItem()).isEqualTo(person);

        // The code's memo: its code is chosen in the codebook and retrieved.
        robot.interact(() -> {
            w.memos().model().filter().set("");
            w.codebookPane().tree().getSelectionModel().clearSelection();
            w.retrieval().code().set("");
        });
        showMemosTab(robot, w);
        MemoView codeMemo = listed(w, "China as a threat only; partnership goes elsewhere").orElseThrow();
        choose(robot, w, codeMemo);
        robot.doubleClickOn(visible(robot, n -> n instanceof ListCell<?> c && c.getItem() == codeMemo));
        visible(robot, n -> n instanceof TextArea t && "memo-text".equals(t.getId()));
        robot.clickOn(labelled(robot, "Cancel"));
        assertThat(w.codebookPane().tree().getSelectionModel().getSelectedItem().getValue().path()).isEqualTo(CODE);
        waitUntil(() -> CODE.equals(w.retrieval().code().get()));

        // The document's memo: its transcript opens.
        robot.interact(() -> w.documentsPane().select(w.documents().documents().get(0).id()));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().id() != doc.id());
        showMemosTab(robot, w);
        choose(robot, w, documentMemo);
        robot.type(KeyCode.ENTER);
        visible(robot, n -> n instanceof TextArea t && "memo-text".equals(t.getId()));
        robot.clickOn(labelled(robot, "Cancel"));
        waitUntil(() -> w.transcript().document().get().document().id() == doc.id());
        assertThat(w.centre().getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void aSegmentMemoIsMarkedInTheMarginWithItsTextOnHoverAndOpensOnClick(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        DocumentSummary doc = w.documents().documents().stream().filter(d -> d.name().equals(DOCUMENT)).findFirst()
                .orElseThrow();
        robot.interact(() -> w.documentsPane().select(doc.id()));
        waitUntil(() -> w.transcript().document().get() != null && !w.transcript().segments().isEmpty()
                && !w.memos().model().all().isEmpty());
        // A segment with no memo, in a paragraph where no memo starts yet.
        String text = w.transcript().document().get().text();
        List<MemoView> marked = w.memos().model().onSegmentsOf(doc.id());
        SegmentView plain = w.transcript().segments().stream().filter(s -> s.memo() == null).filter(s -> {
            int from = text.lastIndexOf('\n', s.start()) + 1;
            int to = text.indexOf('\n', s.start());
            return marked.stream().noneMatch(m -> m.start() >= from && (to < 0 || m.start() <= to));
        }).findFirst().orElseThrow();
        String memo = "Ironic: the whole group laughs here";
        assertThat(robot.lookup(n -> n.getUserData() instanceof List<?> l && l.stream()
                .anyMatch(m -> m instanceof MemoView v && v.text().equals(memo))).tryQuery()).isEmpty();

        // The segment's memo, written from the Segments list's menu as before.
        javafx.scene.control.ListView<?> segments = robot.lookup("#segments").queryAs(javafx.scene.control.ListView.class);
        robot.interact(() -> segments.scrollTo(w.transcript().segments().indexOf(plain)));
        Node cell = visible(robot, n -> n instanceof ListCell<?> c && c.getItem() == plain && c.getListView() == segments);
        robot.clickOn(cell);
        rightClick(robot, cell);
        robot.clickOn(labelled(robot, "Memo…"));
        writeInDialog(robot, memo);
        robot.interact(() -> w.transcript().reveal(plain));

        Label mark = (Label) visible(robot, n -> n instanceof Label l && l.getStyleClass().contains("memo-mark")
                && l.getUserData() instanceof List<?> memos && memos.stream()
                .anyMatch(m -> m instanceof MemoView v && v.text().equals(memo)));
        assertThat(mark.getTooltip().getText()).contains(memo).contains(plain.code());
        robot.clickOn(mark);
        TextArea shown = (TextArea) visible(robot, n -> n instanceof TextArea t && "memo-text".equals(t.getId()));
        assertThat(shown.getText()).isEqualTo(memo);
        robot.clickOn(labelled(robot, "Cancel"));
    }

    @Test
    void editingAndDeletingAMemoFromTheListUndoExactly(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        showMemosTab(robot, w);
        robot.clickOn("#project-memo");
        writeInDialog(robot, "First question");
        waitUntil(() -> listed(w, "First question").isPresent());
        Memo written = ask(robot, w, p -> p.memos()).get(0);

        // Edit it: Enter on it in the list, new words, OK.
        choose(robot, w, listed(w, "First question").orElseThrow());
        robot.type(KeyCode.ENTER);
        writeInDialog(robot, "Sharper question");
        waitUntil(() -> listed(w, "Sharper question").isPresent());
        Memo edited = ask(robot, w, p -> p.memos()).get(0);
        assertThat(edited.id()).isEqualTo(written.id());
        assertThat(edited.text()).isEqualTo("Sharper question");

        // Delete it: Delete in the list.
        choose(robot, w, listed(w, "Sharper question").orElseThrow());
        robot.type(KeyCode.DELETE);
        waitUntil(() -> listed(w, "Sharper question").isEmpty());
        assertThat(memos(robot, w)).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> listed(w, "Sharper question").isPresent());
        assertThat(memos(robot, w)).containsExactly(edited);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Undone: Delete the memo on the project");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> listed(w, "First question").isPresent());
        assertThat(memos(robot, w)).containsExactly(written);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> listed(w, "First question").isEmpty());
        assertThat(memos(robot, w)).isEmpty();
    }
}
