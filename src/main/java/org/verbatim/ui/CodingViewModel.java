package org.verbatim.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.HitCodingReport;
import org.verbatim.project.HitUnit;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Coding the open transcript: code the selection (by shortcut, menu or drop), make a new code
 * from it (in vivo), uncode, recode, edit a segment's memo — each committed at once and kept
 * in an undo history (Ctrl+Z / Ctrl+Shift+Z).
 */
public final class CodingViewModel {
    /** Longest in-vivo code name taken from a selection. */
    static final int IN_VIVO_LENGTH = 60;

    private final Session session;
    private final TranscriptViewModel transcript;
    private final CodingEdit.SegmentIds ids = new CodingEdit.SegmentIds();
    private final Deque<CodingEdit> undo = new ArrayDeque<>();
    private final Deque<CodingEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Edits started but not yet done; they join the undo history only once done, so undo waits for them. */
    private final Deque<CodingEdit> waiting = new ArrayDeque<>();
    private javafx.beans.value.ObservableBooleanValue editingText;

    public CodingViewModel(Session session, TranscriptViewModel transcript) {
        this.session = session;
        this.transcript = transcript;
    }

    /** Codes the selection with the code at {@code codePath} (created when missing). */
    public void codeSelection(String codePath) {
        DocumentDetail open = transcript.document().get();
        TextRange range = transcript.selection().get();
        if (open == null || range.isEmpty()) {
            message.set("Select a passage first, then choose a code");
            return;
        }
        perform(new CodingEdit.Code(new CodingRequest(String.valueOf(open.document().id()), codePath, range.start(),
                range.end(), null, null, session.coder(), null)));
    }

    /** Codes the selection with a new top-level code named after its words (in-vivo coding). */
    public void codeInVivo() {
        String name = inVivoName(transcript.selectedText());
        if (name.isEmpty()) {
            message.set("Select the words to make a code of first");
            return;
        }
        codeSelection(name);
    }

    /** A code name from selected words: one line, no path separator, at most {@value #IN_VIVO_LENGTH} characters. */
    static String inVivoName(String selected) {
        String name = selected.replace('/', '-').replaceAll("\\s+", " ").strip();
        name = name.replaceAll("^[\\p{Punct}«»“”\"]+|[\\p{Punct}«»“”\"]+$", "").strip();
        if (name.length() > IN_VIVO_LENGTH) {
            int cut = name.lastIndexOf(' ', IN_VIVO_LENGTH);
            name = name.substring(0, cut > 0 ? cut : IN_VIVO_LENGTH) + "…";
        }
        return name;
    }

    public void uncode(SegmentView segment) {
        perform(new CodingEdit.Uncode(segment.id()));
    }

    public void recode(SegmentView segment, String codePath) {
        perform(new CodingEdit.Recode(segment.id(), segment.code(), codePath));
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
        this.editingText = busy;
    }

    private boolean editingText() {
        if (editingText != null && editingText.get()) {
            message.set("Save or cancel the correction of the text first, then undo or redo");
            return true;
        }
        return false;
    }

    private void perform(CodingEdit edit) {
        perform(edit, edit::label);
    }

    private void perform(CodingEdit edit, Supplier<String> doneMessage) {
        waiting.add(edit);
        session.change(edit.label(), p -> {
            edit.apply(p, ids);
            return null;
        }, r -> {
            waiting.remove(edit);
            if (edit.changedAnything()) {
                undo.push(edit);
                redo.clear();
            }
            done(doneMessage.get());
        }, failure -> {
            waiting.remove(edit);
            refused(failure);
        });
    }

    /**
     * Whether an edit still waits to be done (behind an import, say): undoing now would undo the
     * edit before it, so the user is told to wait instead.
     */
    private boolean mustWait(String action, String refused) {
        if (waiting.isEmpty()) {
            return false;
        }
        message.set(refused + ": wait until '" + waiting.peekLast().label() + "' is done, then " + action
                + " again");
        return true;
    }

    /** Undoes the last coding edit. */
    public void undo() {
        if (editingText() || mustWait("undo", "Not undone") || undo.isEmpty()) {
            return;
        }
        step(undo, redo, "Undo", "Undone", CodingEdit::revert, CodingEdit::segmentToUndo);
    }

    /** Does again the last undone edit. */
    public void redo() {
        if (editingText() || mustWait("redo", "Not redone") || redo.isEmpty()) {
            return;
        }
        step(redo, undo, "Redo", "Redone", CodingEdit::apply, CodingEdit::segmentToRedo);
    }

    /** Undoing or redoing an edit. */
    @FunctionalInterface
    private interface Move {
        void run(CodingEdit edit, Project project, CodingEdit.SegmentIds ids);
    }

    /**
     * Moves the top edit of {@code from} to {@code to} by undoing or redoing it. An edit whose
     * segment is gone (deleted with its code) can never succeed, so it leaves the history
     * instead of blocking every older edit behind it.
     */
    private void step(Deque<CodingEdit> from, Deque<CodingEdit> to, String verb, String past, Move move,
                      Function<CodingEdit, OptionalLong> needs) {
        CodingEdit edit = from.pop();
        updateFlags();
        session.change(verb + " " + edit.label(), p -> {
            try {
                move.run(edit, p, ids);
                return true;
            } catch (ProjectException e) {
                if (segmentGone(p, needs.apply(edit))) {
                    return false;
                }
                throw e;
            }
        }, moved -> {
            if (moved) {
                to.push(edit);
                done(past + ": " + edit.label());
            } else {
                done("Not " + past.toLowerCase(Locale.ROOT) + ": the passage of '" + edit.label()
                        + "' is no longer coded (its code was deleted); left out of the history");
            }
        }, failure -> {
            from.push(edit);
            refused(failure);
        });
    }

    private boolean segmentGone(Project project, OptionalLong original) {
        if (original.isEmpty()) {
            return false;
        }
        long now = ids.current(original.getAsLong());
        return project.segments(SegmentFilter.ALL).stream().noneMatch(s -> s.id() == now);
    }

    private void done(String what) {
        updateFlags();
        message.set(what);
    }

    private void refused(String why) {
        updateFlags();
        message.set(why);
    }

    private void updateFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** What the last coding action did, or why it was refused. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
