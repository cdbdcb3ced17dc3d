package org.verbatim.ui;

import java.util.Comparator;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.SegmentView;

/**
 * Adjusts the boundaries of the selected segment (chosen in the Segments list or by its stripe,
 * so the transcript's selection is exactly its passage) by a word at a time:
 * Shift+Alt+Right / Left moves its end a word later / earlier, Shift+Alt+Up / Down its start a
 * word earlier / later. Each press is one undoable change, committed before the new range shows.
 */
final class SegmentBoundsKeys {
    private final TranscriptViewModel transcript;
    private final CodingViewModel coding;

    SegmentBoundsKeys(TranscriptViewModel transcript, CodingViewModel coding) {
        this.transcript = transcript;
        this.coding = coding;
    }

    /** Handles the four keys (as an event filter of the transcript); other keys pass. */
    void handle(KeyEvent e) {
        if (!e.isShiftDown() || !e.isAltDown() || e.isShortcutDown()) {
            return;
        }
        KeyCode key = e.getCode();
        if (key != KeyCode.RIGHT && key != KeyCode.LEFT && key != KeyCode.UP && key != KeyCode.DOWN) {
            return;
        }
        e.consume();
        DocumentDetail open = transcript.document().get();
        Optional<SegmentView> chosen = selectedSegment();
        if (open == null || chosen.isEmpty()) {
            coding.say("Select a segment first (in the Segments list), then Shift+Alt+arrows move its ends");
            return;
        }
        SegmentView s = chosen.get();
        String text = open.text();
        int start = s.start();
        int end = s.end();
        switch (key) {
            case RIGHT -> end = nextWordEnd(text, end);
            case LEFT -> end = previousWordEnd(text, end);
            // Not into the speaker label before the turn's words.
            case UP -> start = Math.max(previousWordStart(text, start), transcript.turnAt(s.start())
                    .map(t -> t.start() <= s.start() ? t.start() : 0).orElse(0));
            default -> start = nextWordStart(text, start);
        }
        TextRange moved = start < end ? WordSnap.snap(text, start, end) : new TextRange(s.start(), s.end());
        if (moved.isEmpty() || (moved.start() == s.start() && moved.end() == s.end())) {
            coding.say("The segment's ends cannot move further that way: it keeps at least one word");
            return;
        }
        coding.moveBounds(s, moved.start(), moved.end(),
                () -> transcript.reveal(s.documentId(), moved.start(), moved.end()));
    }

    /** The segment whose passage is the selection (the shortest, where several share it). */
    private Optional<SegmentView> selectedSegment() {
        TextRange sel = transcript.selection().get();
        return transcript.segments().stream().filter(s -> s.start() == sel.start() && s.end() == sel.end())
                .min(Comparator.comparingInt(s -> s.end() - s.start()));
    }

    static int nextWordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int previousWordEnd(String text, int from) {
        int i = from;
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int previousWordStart(String text, int from) {
        int i = from;
        while (i > 0 && !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '\n') {
            i--;
        }
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int nextWordStart(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
