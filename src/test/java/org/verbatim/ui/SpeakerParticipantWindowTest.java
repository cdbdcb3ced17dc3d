package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.SpeakerView;

/**
 * The speaker mapping dialog names the participants it offers, and makes a participant for a
 * speaker who has none (a new voice in a transcript), as one edit that Ctrl+Z undoes.
 */
class SpeakerParticipantWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private static Node labelled(FxRobot robot, String text) throws Exception {
        Predicate<Node> showing = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible();
        waitUntil(() -> robot.lookup(showing).tryQuery().isPresent());
        return robot.lookup(showing).query();
    }

    private static SpeakerView speaker(FxRobot robot, WorkspaceView w, String label) throws Exception {
        return ask(robot, w, p -> p.speakers(FOCUS_GROUP)).stream().filter(s -> s.speaker().equals(label))
                .findFirst().orElseThrow();
    }

    @Test
    void aNewSpeakerGetsANewParticipantAndUndoTakesItBack(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null);
        // A speaker nobody stands for yet, as in a transcript with a new voice.
        String label = ask(robot, w, p -> p.speakers(FOCUS_GROUP)).stream().filter(s -> s.participant() != null)
                .findFirst().orElseThrow().speaker();
        ask(robot, w, p -> {
            p.mapSpeaker(FOCUS_GROUP, label, null);
            return null;
        });
        int participantsBefore = ask(robot, w, p -> p.participants()).size();

        robot.clickOn(labelled(robot, "Edit"));
        robot.clickOn(labelled(robot, "Map speakers to participants…"));
        waitUntil(() -> robot.lookup("#speaker-map").tryQuery().isPresent()
                && robot.lookup("#speaker-map .table-row-cell").queryAllAs(TableRow.class).stream()
                .anyMatch(r -> r.getItem() instanceof SpeakerView s && s.speaker().equals(label)));
        // Participants are offered with their names.
        assertThat(robot.lookup("#speaker-map").queryTableView().getItems()).isNotEmpty();
        TableRow<?> row = robot.lookup("#speaker-map .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof SpeakerView s && s.speaker().equals(label)).findFirst().orElseThrow();
        assertThat(robot.lookup("#speaker-map .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .map(c -> String.valueOf(c.getItem())).anyMatch(t -> t.contains(" · "))).isTrue();
        robot.clickOn(row);
        robot.clickOn("#speaker-map-new-participant");
        String expectedKey = SpeakerMapDialog.suggestedId(label);
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> expectedKey.equals(speaker(robot, w, label).participant()));
        java.util.List<org.verbatim.project.ParticipantView> after = ask(robot, w, p -> p.participants());
        assertThat(after).hasSize(participantsBefore + 1)
                .anySatisfy(p -> {
                    assertThat(p.key()).isEqualTo(expectedKey);
                    assertThat(p.name()).isEqualTo(label);
                });
        robot.clickOn(labelled(robot, "Close"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> speaker(robot, w, label).participant() == null);
        java.util.List<org.verbatim.project.ParticipantView> undone = ask(robot, w, p -> p.participants());
        assertThat(undone).hasSize(participantsBefore);
    }
}
