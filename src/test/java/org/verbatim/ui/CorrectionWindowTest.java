package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Correcting a coded transcript in the real window: the edit mode, highlights that follow the
 * words while typing, the summary before saving (with confirmation when segments would lose all
 * their words), one undo step that restores the text and every segment, and the versions.
 */
class CorrectionWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private void openFocusGroup(FxRobot robot, WorkspaceView w) throws Exception {
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().name().equals(FOCUS_GROUP));
    }

    private static List<SegmentView> documentSegments(FxRobot robot, WorkspaceView w) throws Exception {
        return ask(robot, w, p -> p.segments(new SegmentFilter(null, java.util.Map.of(), null, List.of(FOCUS_GROUP))))
                .stream().sorted(Comparator.comparingLong(SegmentView::id)).toList();
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void editingMovesHighlightsWithTheWordsAndSavingIsOneUndoStepThatRestoresEverySegment(FxRobot robot)
            throws Exception {
        WorkspaceView w = openSample(robot);
        openFocusGroup(robot, w);
        String before = w.transcript().document().get().text();
        List<SegmentView> segmentsBefore = documentSegments(robot, w);
        SegmentView first = w.transcript().segments().stream().min(Comparator.comparingInt(SegmentView::start))
                .orElseThrow();

        robot.clickOn("#edit-text");
        assertThat(w.transcriptPane().area().isEditable()).isTrue();
        String inserted = "(Recording starts.) ";
        robot.interact(() -> w.transcriptPane().area().insertText(0, inserted));
        // The highlight of the first segment is now further on: where its words went.
        waitUntil(() -> w.transcriptPane().area().getStyleAtPosition(first.start() + inserted.length() + 2)
                .contains("-rtfx-background-color"));
        // Typed keys reach the text: an x typed and taken out again leaves the text as it was.
        robot.interact(() -> w.transcriptPane().area().moveTo(2));
        robot.press(KeyCode.X).release(KeyCode.X);
        waitUntil(() -> w.transcriptPane().area().getText().startsWith("(Rx"));
        robot.interact(() -> w.transcriptPane().area().deleteText(2, 3));

        robot.clickOn("#review-correction");
        DialogPane summary = dialog(robot);
        assertThat(((Label) summary.lookup("#correction-counts")).getText())
                .startsWith("0 segments unchanged, " + segmentsBefore.size() + " move");
        robot.clickOn((Button) summary.lookupButton(CorrectionDialog.SAVE));
        waitUntil(() -> !w.transcriptPane().area().isEditable()
                && w.transcript().document().get().text().equals(inserted + before));
        List<SegmentView> after = documentSegments(robot, w);
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).text()).isEqualTo(segmentsBefore.get(i).text());
            assertThat(after.get(i).start()).isEqualTo(segmentsBefore.get(i).start() + inserted.length());
        }
        boolean checked = ask(robot, w, p -> p.check().ok());
        assertThat(checked).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> w.transcript().document().get().text().equals(before));
        assertThat(documentSegments(robot, w)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyElementsOf(segmentsBefore);

        robot.clickOn("#versions");
        DialogPane versions = dialog(robot);
        ListView<?> list = (ListView<?>) versions.lookup("#version-list");
        waitUntil(() -> list.getItems().size() >= 3);
        robot.interact(() -> list.getSelectionModel().select(1));
        waitUntil(() -> versions.lookup(".diff-inserted") != null);
        robot.clickOn((Button) versions.lookupButton(javafx.scene.control.ButtonType.CLOSE));
    }

    @Test
    void deletingACodedPassageAsksForConfirmationAndCancelLeavesTheTextAsSaved(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        openFocusGroup(robot, w);
        String before = w.transcript().document().get().text();
        SegmentView first = w.transcript().segments().stream().min(Comparator.comparingInt(SegmentView::start))
                .orElseThrow();
        int versionsBefore = ask(robot, w, p -> p.corrections().history(FOCUS_GROUP)).size();

        robot.clickOn("#edit-text");
        robot.interact(() -> w.transcriptPane().area().deleteText(first.start(), first.end()));
        robot.clickOn("#review-correction");
        DialogPane summary = dialog(robot);
        Button save = (Button) summary.lookupButton(CorrectionDialog.SAVE);
        CheckBox confirm = (CheckBox) summary.lookup("#confirm-lost");
        assertThat(save.isDisabled()).isTrue();
        assertThat(confirm.getText()).contains("that would lose all their words");
        robot.clickOn((Button) summary.lookupButton(CorrectionDialog.BACK));

        robot.clickOn("#cancel-correction");
        waitUntil(() -> !w.transcriptPane().area().isEditable());
        assertThat(w.transcriptPane().area().getText()).isEqualTo(before);
        List<org.verbatim.project.DocumentVersion> versions = ask(robot, w, p -> p.corrections().history(FOCUS_GROUP));
        assertThat(versions).hasSize(versionsBefore);
    }
}
