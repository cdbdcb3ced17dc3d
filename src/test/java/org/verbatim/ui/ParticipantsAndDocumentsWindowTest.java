package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.SpeakerView;

/**
 * The Participants tab adds, renames and removes participants and edits their attributes; the
 * document list renames and removes documents and edits their attributes — each in the one
 * undo history, undone newest first, and a document's removal, which cannot be undone, says so
 * and leaves nothing older to undo past it.
 */
class ParticipantsAndDocumentsWindowTest extends SampleWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    /** A visible control or menu item showing {@code text}, in whichever window is open (a dialog, a menu). */
    private static Node labelled(FxRobot robot, String text) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            found.set(FxThread.call(() -> javafx.stage.Window.getWindows().stream()
                    .filter(win -> win.isShowing() && win.getScene() != null)
                    .map(win -> find(win.getScene().getRoot(), text)).filter(java.util.Objects::nonNull)
                    .reduce((first, later) -> later).orElse(null)));
            return found.get() != null;
        });
        return found.get();
    }

    private static Node find(Node n, String text) {
        if (!n.isVisible()) {
            return null;
        }
        if (n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))) {
            return n;
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node hit = find(child, text);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private static List<ParticipantView> participants(FxRobot robot, WorkspaceView w) throws Exception {
        return ask(robot, w, p -> p.participants());
    }

    private static ParticipantView participant(FxRobot robot, WorkspaceView w, String key) throws Exception {
        return participants(robot, w).stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static void selectParticipant(FxRobot robot, String key) throws Exception {
        TableView<ParticipantView> table = robot.lookup("#participants").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(p -> p.key().equals(key)));
        robot.interact(() -> {
            ParticipantView p = table.getItems().stream().filter(v -> v.key().equals(key)).findFirst().orElseThrow();
            table.getSelectionModel().select(p);
            table.scrollTo(p);
        });
    }

    /**
     * A node of an open window found by its id: after a context menu's item opened a dialog,
     * TestFX's own lookup searches near the menu's window and misses the dialog.
     */
    private static Node inAnyWindow(String id) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            found.set(FxThread.call(() -> javafx.stage.Window.getWindows().stream()
                    .filter(win -> win.isShowing() && win.getScene() != null)
                    .map(win -> win.getScene().getRoot().lookup(id)).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(null)));
            return found.get() != null;
        });
        return found.get();
    }

    private static void clearAndWrite(FxRobot robot, String field, String text) throws Exception {
        TextField f = (TextField) inAnyWindow(field);
        robot.interact(f::clear);
        robot.clickOn(f).write(text);
    }

    @Test
    void aParticipantIsAddedRenamedGivenAnAttributeAndRemovedAndEachUndoesNewestFirst(FxRobot robot)
            throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn(labelled(robot, "Participants"));
        List<ParticipantView> before = participants(robot, w);

        robot.clickOn("#participant-add");
        robot.clickOn("#new-participant-id").write("TOM-R99");
        robot.clickOn("#new-participant-name").write("Сергей Н.");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> participant(robot, w, "TOM-R99") != null);
        assertThat(participant(robot, w, "TOM-R99").name()).isEqualTo("Сергей Н.");
        waitUntil(() -> onFx(() -> w.participants().participants().size()) == before.size() + 1);

        // A taken id is refused with the reason, and nothing changes.
        robot.clickOn("#participant-add");
        robot.clickOn("#new-participant-id").write("TOM-R99");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> status(robot).contains("There is already a participant with id 'TOM-R99'"));
        assertThat(robot.lookup("#participants-message").queryAs(Label.class).getText())
                .contains("There is already a participant with id 'TOM-R99'");
        assertThat(participants(robot, w)).hasSize(before.size() + 1);

        selectParticipant(robot, "TOM-R99");
        robot.clickOn("#participant-rename");
        clearAndWrite(robot, "#participant-new-name", "Sergei Nikolaev");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> "Sergei Nikolaev".equals(participant(robot, w, "TOM-R99").name()));

        // An empty name is refused.
        selectParticipant(robot, "TOM-R99");
        robot.clickOn("#participant-rename");
        robot.interact(() -> robot.lookup("#participant-new-name").queryAs(TextField.class).clear());
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> robot.lookup("#participants-message").queryAs(Label.class).getText()
                .contains("a participant's name cannot be empty"));
        assertThat(participant(robot, w, "TOM-R99").name()).isEqualTo("Sergei Nikolaev");

        // An attribute value, as the table's cell commits it (the table reloads after every change,
        // which would end an edit begun by the robot in between).
        ParticipantView added = participant(robot, w, "TOM-R99");
        robot.interact(() -> w.participants().setAttribute(added, "city", "Tomsk"));
        waitUntil(() -> "Tomsk".equals(participant(robot, w, "TOM-R99").attributes().get("city")));

        // Removing a participant who speaks in the focus group, with attributes.
        ParticipantView speaker = before.stream().filter(p -> p.documents() > 0 && !p.attributes().isEmpty())
                .filter(p -> p.key().startsWith("TOM-")).findFirst().orElseThrow();
        List<SpeakerView> speakersBefore = ask(robot, w, p -> p.speakers(null));
        selectParticipant(robot, speaker.key());
        robot.clickOn("#participant-remove");
        assertThat(((DialogPane) inAnyWindow(".dialog-pane")).getContentText()).contains("Ctrl+Z");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> participant(robot, w, speaker.key()) == null);
        List<SpeakerView> speakersAfter = ask(robot, w, p -> p.speakers(null));
        assertThat(speakersAfter).noneMatch(s -> speaker.key().equals(s.participant()));
        waitUntil(() -> onFx(() -> w.participants().participants().stream().noneMatch(p -> p.key().equals(speaker.key()))));

        undo(robot);
        waitUntil(() -> participant(robot, w, speaker.key()) != null);
        assertThat(participant(robot, w, speaker.key())).isEqualTo(speaker);
        List<SpeakerView> speakersBack = ask(robot, w, p -> p.speakers(null));
        assertThat(speakersBack).containsExactlyInAnyOrderElementsOf(speakersBefore);

        undo(robot);
        waitUntil(() -> !participant(robot, w, "TOM-R99").attributes().containsKey("city"));
        undo(robot);
        waitUntil(() -> "Сергей Н.".equals(participant(robot, w, "TOM-R99").name()));
        undo(robot);
        waitUntil(() -> participant(robot, w, "TOM-R99") == null);
        assertThat(participants(robot, w)).containsExactlyInAnyOrderElementsOf(before);
    }

    /** Read on the JavaFX thread: the window changes its document list there, while a test thread reading it would see it half-changed. */
    private static DocumentSummary document(WorkspaceView w, String name) {
        return onFx(() -> w.documents().documents().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Right-clicks the document list's row of a document (Monocle sends no context-menu request for a right-click). */
    @SuppressWarnings("unchecked")
    private static void rightClickDocument(FxRobot robot, String name) throws Exception {
        javafx.scene.control.TreeView<Object> tree = robot.lookup("#documents").queryAs(javafx.scene.control.TreeView.class);
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof DocumentSummary d && d.name().equals(name)) {
                    tree.scrollTo(i);
                }
            }
        });
        Predicate<Node> row = n -> n instanceof TreeCell<?> c && c.getItem() instanceof DocumentSummary d
                && d.name().equals(name) && c.isVisible();
        waitUntil(() -> robot.lookup(row).tryQuery().isPresent());
        Node cell = robot.lookup(row).query();
        robot.clickOn(cell);
        robot.interact(() -> {
            Point2D scene = cell.localToScene(20, 8);
            Point2D screen = cell.localToScreen(20, 8);
            cell.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, null));
        });
    }

    @Test
    void aDocumentIsRenamedAndGivenAnAttributeUndoablyAndItsRemovalSaysItCannotBeUndone(FxRobot robot)
            throws Exception {
        WorkspaceView w = openSample(robot);
        String renamed = "Tomsk focus group, March.txt";
        DocumentSummary focus = document(w, FOCUS_GROUP);
        int documentsBefore = onFx(() -> w.documents().documents().size());

        rightClickDocument(robot, FOCUS_GROUP);
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == focus.id());
        robot.clickOn(labelled(robot, "Rename…"));
        clearAndWrite(robot, "#document-new-name", renamed);
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> document(w, renamed) != null && document(w, FOCUS_GROUP) == null);
        // The open transcript's header follows.
        waitUntil(() -> renamed.equals(w.transcript().document().get().document().name()));

        // A name another document has is refused, naming it.
        String other = onFx(() -> w.documents().documents().stream().map(DocumentSummary::name)
                .filter(n -> !n.equals(renamed)).findFirst().orElseThrow());
        rightClickDocument(robot, renamed);
        robot.clickOn(labelled(robot, "Rename…"));
        clearAndWrite(robot, "#document-new-name", other);
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> status(robot).contains("There is already a document named '" + other + "'"));
        assertThat(document(w, renamed)).isNotNull();

        rightClickDocument(robot, renamed);
        robot.clickOn(labelled(robot, "Edit attributes…"));
        robot.clickOn(inAnyWindow("#document-new-attribute")).write("season");
        robot.clickOn(inAnyWindow("#document-new-attribute-value")).write("spring");
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> document(w, renamed) != null && "spring".equals(document(w, renamed).attributes().get("season")));

        undo(robot);
        waitUntil(() -> document(w, renamed) != null && !document(w, renamed).attributes().containsKey("season"));
        undo(robot);
        waitUntil(() -> document(w, FOCUS_GROUP) != null);
        waitUntil(() -> FOCUS_GROUP.equals(w.transcript().document().get().document().name()));

        // Rename again, then remove another document: the confirmation says it is final, and
        // afterwards Undo has nothing older to reach (the rename stays).
        rightClickDocument(robot, FOCUS_GROUP);
        robot.clickOn(labelled(robot, "Rename…"));
        clearAndWrite(robot, "#document-new-name", renamed);
        robot.clickOn(labelled(robot, "OK"));
        waitUntil(() -> document(w, renamed) != null);
        assertThat(w.coding().canUndo().get()).isTrue();

        rightClickDocument(robot, renamed);
        robot.clickOn(labelled(robot, "Remove from project…"));
        assertThat(((DialogPane) inAnyWindow(".dialog-pane")).getContentText())
                .contains("This cannot be undone").contains(focus.segments() + " segments");
        robot.clickOn(labelled(robot, "Remove for good"));
        waitUntil(() -> document(w, renamed) == null);
        assertThat(onFx(() -> w.documents().documents().size())).isEqualTo(documentsBefore - 1);
        List<DocumentSummary> stored = ask(robot, w, p -> p.documents());
        assertThat(stored).noneMatch(d -> d.id() == focus.id());
        waitUntil(() -> w.transcript().document().get() == null);
        assertThat(status(robot)).contains("Removed " + renamed).contains("cannot be undone");
        assertThat(w.coding().canUndo().get()).isFalse();
        undo(robot);
        List<DocumentSummary> afterUndo = ask(robot, w, p -> p.documents());
        assertThat(afterUndo).extracting(DocumentSummary::name).doesNotContain(FOCUS_GROUP, renamed);
    }
}
