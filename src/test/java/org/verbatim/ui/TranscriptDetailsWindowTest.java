package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.HitView;
import org.verbatim.project.SegmentView;

/**
 * The transcript's details as a user meets them: a selection keeps both brackets, an in-vivo
 * code asks for its name, a document chosen in front of Charts shows, search hits are marked
 * and stepped through, a hit opens with its speaker label in sight and its document chosen in
 * the list, and a segment's ends move a word at a time, undoably.
 */
class TranscriptDetailsWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private static long documentId(WorkspaceView w, String name) {
        return w.documents().documents().stream().filter(d -> d.name().equals(name)).mapToLong(DocumentSummary::id)
                .findFirst().orElseThrow();
    }

    private static void open(FxRobot robot, WorkspaceView w, String name) throws Exception {
        long id = documentId(w, name);
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null && w.transcript().document().get().document().id() == id);
    }

    private static void select(FxRobot robot, WorkspaceView w, int from, int to) {
        robot.interact(() -> {
            w.transcriptPane().area().requestFocus();
            w.transcriptPane().area().selectRange(from, to);
            w.transcriptPane().area().requestFollowCaret();
        });
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
    }

    @Test
    void aSelectionKeepsBothBracketsAndAnInVivoCodeAsksForItsName(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        open(robot, w, FOCUS_GROUP);
        String text = w.transcript().document().get().text();
        String passage = "sometimes it is the same thing. (laughter)";
        int at = text.indexOf(passage);
        // With the mouse's imprecision: from inside "sometimes" to just before the closing bracket.
        select(robot, w, at + 2, at + passage.length() - 1);
        assertThat(w.transcript().selectedText()).isEqualTo(passage);
        int before = w.transcript().segments().size();

        // Ctrl+I asks, offering the selected words; Escape makes nothing.
        keys(robot, KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isPresent());
        assertThat(robot.lookup("#in-vivo-name").queryAs(TextField.class).getText()).isEqualTo(passage);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isEmpty());
        assertThat(w.codebook().find(passage)).isEmpty();

        // Again, with a name of the user's own.
        keys(robot, KeyCode.CONTROL, KeyCode.I);
        waitUntil(() -> robot.lookup("#in-vivo-name").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#in-vivo-name").queryAs(TextField.class).setText("the same thing"));
        robot.clickOn("#in-vivo-name").type(KeyCode.ENTER);
        waitUntil(() -> w.transcript().segments().size() == before + 1 && w.codebook().find("the same thing").isPresent());
        SegmentView made = w.transcript().segments().stream().filter(s -> s.code().equals("the same thing"))
                .findFirst().orElseThrow();
        assertThat(made.text()).isEqualTo(passage);
    }

    @Test
    void searchHitsAreMarkedSteppedThroughAndOpenWithTheirSpeakerAndDocument(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        // A document chosen while Charts is in front is shown: the transcript comes forward.
        robot.clickOn("#tab-charts");
        open(robot, w, FOCUS_GROUP);
        assertThat(w.centre().getSelectionModel().getSelectedItem().getText()).isEqualTo("Transcript");

        // Ctrl+F searches this transcript; the hits are marked in its text.
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("laughter");
        waitUntil(() -> w.search().hits().size() >= 3 && w.transcript().marks().size() == w.search().hits().size());
        int count = w.search().hits().size();
        HitView first = w.search().hits().get(0);
        HitView second = w.search().hits().get(1);
        waitUntil(() -> w.transcriptPane().area().getStyleAtPosition(first.start() + 1).contains(SearchMarks.STYLE));
        Label position = robot.lookup("#search-position").queryAs(Label.class);
        assertThat(position.getText()).isEqualTo("– of " + count);

        // F3 and Shift+F3 step, Enter and Shift+Enter in the field too, and the buttons.
        robot.type(KeyCode.F3);
        waitUntil(() -> position.getText().equals("1 of " + count)
                && w.transcript().selection().get().equals(new TextRange(first.start(), first.end())));
        robot.type(KeyCode.F3);
        waitUntil(() -> position.getText().equals("2 of " + count)
                && w.transcript().selection().get().equals(new TextRange(second.start(), second.end())));
        keys(robot, KeyCode.SHIFT, KeyCode.F3);
        waitUntil(() -> position.getText().equals("1 of " + count));
        robot.clickOn("#search-query").type(KeyCode.ENTER);
        waitUntil(() -> position.getText().equals("2 of " + count));
        keys(robot, KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> position.getText().equals("1 of " + count));
        robot.clickOn("#search-previous");
        waitUntil(() -> position.getText().equals(count + " of " + count));

        // The whole project: a hit in another document opens it, chosen in the list, speaker label in sight.
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        robot.interact(() -> robot.lookup("#search-query").queryAs(TextField.class).setText("Shanghai"));
        long focusGroup = documentId(w, FOCUS_GROUP);
        waitUntil(() -> !w.search().hits().isEmpty() && w.search().hits().stream()
                .allMatch(h -> h.matched().equals("Shanghai")) && w.search().hits().stream()
                .anyMatch(h -> h.documentId() != focusGroup));
        HitView elsewhere = w.search().hits().stream().filter(h -> h.documentId() != focusGroup)
                .reduce((a, b) -> b).orElseThrow();
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        robot.interact(() -> results.scrollTo(w.search().hits().indexOf(elsewhere)));
        waitUntil(() -> robot.lookup(".list-cell").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control
                .ListCell<?> c && c.getItem() == elsewhere && c.isVisible()));
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == elsewhere)
                .queryAs(javafx.scene.Node.class));
        waitUntil(() -> w.transcript().document().get().document().id() == elsewhere.documentId()
                && w.transcript().selection().get().equals(new TextRange(elsewhere.start(), elsewhere.end())));
        TreeView<?> documents = robot.lookup("#documents").queryAs(TreeView.class);
        waitUntil(() -> documents.getSelectionModel().getSelectedItem() != null && documents.getSelectionModel()
                .getSelectedItem().getValue() instanceof DocumentSummary d && d.id() == elsewhere.documentId());
        String text = w.transcript().document().get().text();
        int label = TranscriptViewModel.lineStart(text, elsewhere.start());
        waitUntil(() -> visible(robot, w, label) && visible(robot, w, elsewhere.start()));
    }

    /** Whether the character at {@code offset} is on screen in the transcript's viewport. */
    private static boolean visible(FxRobot robot, WorkspaceView w, int offset) {
        boolean[] shown = new boolean[1];
        robot.interact(() -> {
            var area = w.transcriptPane().area();
            Bounds view = area.localToScreen(area.getLayoutBounds());
            shown[0] = area.getCharacterBoundsOnScreen(offset, offset + 1)
                    .filter(b -> b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1).isPresent();
        });
        return shown[0];
    }

    @Test
    void aSegmentsEndsMoveAWordAtATimeAndEachMoveUndoes(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        open(robot, w, FOCUS_GROUP);
        String text = w.transcript().document().get().text();
        String quote = "It works for our companies too.";
        int at = text.indexOf(quote);
        select(robot, w, at, at + quote.length());
        int before = w.transcript().segments().size();
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> w.transcript().segments().size() == before + 1);
        SegmentView made = w.transcript().segments().stream().filter(s -> s.start() == at).findFirst().orElseThrow();
        assertThat(made.text()).isEqualTo("It works for our companies too.");

        // Chosen in the Segments list, its passage is selected; Shift+Alt+Right takes in the next word.
        robot.interact(() -> w.transcript().reveal(made));
        robot.interact(() -> w.transcriptPane().area().requestFocus());
        keys(robot, KeyCode.SHIFT, KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> textOf(w, made.id()).equals("It works for our companies too. Daria"));
        assertThat(w.transcript().selectedText()).isEqualTo("It works for our companies too. Daria");
        // Shift+Alt+Down: the start a word later.
        keys(robot, KeyCode.SHIFT, KeyCode.ALT, KeyCode.DOWN);
        waitUntil(() -> textOf(w, made.id()).equals("works for our companies too. Daria"));
        // Shift+Alt+Up twice: back to the turn's first word, and no further into the speaker label.
        keys(robot, KeyCode.SHIFT, KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> textOf(w, made.id()).equals("It works for our companies too. Daria"));
        keys(robot, KeyCode.SHIFT, KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().contains("cannot move"));
        assertThat(textOf(w, made.id())).isEqualTo("It works for our companies too. Daria");

        // Each move is one step of the undo history, and the segment keeps its id throughout.
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf(w, made.id()).equals("works for our companies too. Daria"));
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf(w, made.id()).equals("It works for our companies too. Daria"));
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> textOf(w, made.id()).equals("It works for our companies too."));
        assertThat(w.transcript().segments()).hasSize(before + 1);
    }

    private static String textOf(WorkspaceView w, long segmentId) {
        return w.transcript().segments().stream().filter(s -> s.id() == segmentId).map(SegmentView::text).findFirst()
                .orElse("");
    }
}
