package org.verbatim.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.HitCodingReport;
import org.verbatim.project.HitUnit;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SegmentView;

/**
 * Coding the open transcript: code the selection (by shortcut, menu or drop), make a new code
 * from it (in vivo), uncode, recode, edit a segment's memo — each committed at once and kept
 * in the project's undo history (Ctrl+Z / Ctrl+Shift+Z).
 */
public final class CodingViewModel {
    /** Longest in-vivo code name taken from a selection. */
    static final int IN_VIVO_LENGTH = 60;

    private final Session session;
    private final TranscriptViewModel transcript;
    private final EditHistory history;

    public CodingViewModel(Session session, TranscriptViewModel transcript) {
        this.session = session;
        this.transcript = transcript;
        this.history = session.history();
    }

    /** The session this works on: its panes disable what changes the project while a team server is away. */
    Session session() {
        return session;
    }

    /** Codes the selection with the code at {@code codePath} (created when missing). */
    public void codeSelection(String codePath) {
        DocumentDetail open = transcript.document().get();
        TextRange range = transcript.selection().get();
        if (open == null || range.isEmpty()) {
            history.say("Select a passage first, then choose a code");
            return;
        }
        perform(new CodingEdit.Code(new CodingRequest(String.valueOf(open.document().id()), codePath, range.start(),
                range.end(), null, null, session.coder(), null)));
    }

    /**
     * The name an in-vivo code of the selection would have, for the user to confirm or edit;
     * empty (and a hint in the status line) when nothing is selected.
     */
    public String inVivoSuggestion() {
        String name = inVivoName(transcript.selectedText());
        if (name.isEmpty()) {
            history.say("Select the words to make a code of first");
        }
        return name;
    }

    /** Codes the selection with a new top-level code of the name the user confirmed (in-vivo coding). */
    public void codeInVivo(String name) {
        String path = name.replace('/', '-').replaceAll("\\s+", " ").strip();
        if (path.isEmpty()) {
            history.say("An in-vivo code needs a name");
            return;
        }
        codeSelection(path);
    }

    /**
     * A code name from selected words: one line, no path separator, no quotes or punctuation
     * around it, and at most {@value #IN_VIVO_LENGTH} characters, cut after a whole word.
     */
    static String inVivoName(String selected) {
        String name = selected.replace('/', '-').replaceAll("\\s+", " ").strip();
        name = trimMarks(name);
        if (name.length() > IN_VIVO_LENGTH) {
            int cut = name.lastIndexOf(' ', IN_VIVO_LENGTH);
            name = trimMarks(name.substring(0, cut > 0 ? cut : IN_VIVO_LENGTH));
        }
        return name;
    }

    /** Drops quotes and punctuation around the name; a bracket opened or closed inside it stays ("(laughter)"). */
    private static String trimMarks(String name) {
        return name.replaceAll("^[\\p{Punct}«»“”\"&&[^(\\[]]+|[\\p{Punct}«»“”\"&&[^)\\]]]+$", "").strip();
    }

    public void uncode(SegmentView segment) {
        perform(new CodingEdit.Uncode(segment.id()));
    }

    public void recode(SegmentView segment, String codePath) {
        perform(new CodingEdit.Recode(segment.id(), segment.code(), codePath));
    }

    /**
     * Moves a segment's ends to {@code [start, end)} as one undoable step; {@code then} runs once
     * the change is committed (the view selects the segment's new range).
     */
    public void moveBounds(SegmentView segment, int start, int end, Runnable then) {
        perform(new CodingEdit.Move(segment.id(), start, end), () -> {
            then.run();
            return "Adjusted the boundaries of " + segment.code();
        });
    }

    /** Shows a hint in the status line. */
    void say(String what) {
        history.say(what);
    }

    public void setMemo(SegmentView segment, String memo) {
        perform(new CodingEdit.Memo(segment.id(), segment.memo(), memo));
    }

    /**
     * Codes search hits with one code (created when missing) as one undoable action: the hits
     * numbered {@code numbers} (1-based, in the query's order), or every hit when empty.
     */
    public void codeHits(SearchQuery query, List<Integer> numbers, String codePath, HitUnit unit) {
        CodingEdit.CodeHits edit = new CodingEdit.CodeHits(query, numbers, codePath, unit, session.coder());
        perform(edit, () -> {
            HitCodingReport r = edit.report();
            return "Coded " + Plural.of(r.hits(), "hit") + " with " + r.code() + ": " + Plural.of(r.created(), "segment")
                    + ", " + r.alreadyCoded() + " already coded";
        });
    }

    /**
     * Saves a corrected text of a document as one step of the undo history; {@code removeLost}
     * confirms that segments losing all their words go. {@code then} runs once it is saved.
     */
    public void correct(long documentId, String name, String text, boolean removeLost, Runnable then) {
        CodingEdit.Correct edit = new CodingEdit.Correct(documentId, name, text, session.coder(), removeLost);
        perform(edit, () -> {
            then.run();
            return "Saved the corrected text of " + name;
        });
    }

    /** Undo and redo wait while {@code busy} holds (the transcript's text is being edited). */
    void blockUndoWhile(javafx.beans.value.ObservableBooleanValue busy) {
        history.blockWhile(busy);
    }

    private void perform(CodingEdit edit) {
        history.perform(edit);
    }

    private void perform(CodingEdit edit, Supplier<String> doneMessage) {
        history.perform(edit, doneMessage, null);
    }

    /** Undoes the newest edit of the project's history (coding or any other). */
    public void undo() {
        history.undo();
    }

    /** Does again the last undone edit. */
    public void redo() {
        history.redo();
    }

    public ReadOnlyBooleanProperty canUndo() {
        return history.canUndo();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return history.canRedo();
    }

    /** What the last action of the undo history did, or why it was refused. */
    public ReadOnlyStringProperty message() {
        return history.message();
    }
}
