package org.verbatim.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SegmentFilter;

/**
 * The one undo history of an open project (Ctrl+Z / Ctrl+Shift+Z): coding, codebook, attribute,
 * speaker and memo edits from every pane, undone strictly newest first. An edit that cannot be
 * undone is never stepped over: either it is undone or the undo is refused and stays on top;
 * a change that cannot be undone at all (removing a document) empties the history, so no undo
 * reaches past it.
 */
final class EditHistory {
    private final Session session;
    private final CodingEdit.SegmentIds ids = new CodingEdit.SegmentIds();
    private final Deque<CodingEdit> undo = new ArrayDeque<>();
    private final Deque<CodingEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Edits started but not yet done; they join the undo history only once done, so undo waits for them. */
    private final Deque<CodingEdit> waiting = new ArrayDeque<>();
    private javafx.beans.value.ObservableBooleanValue blocked;

    EditHistory(Session session) {
        this.session = session;
    }

    /** Does an edit in the background; once done it is the newest in the history and its label is shown. */
    void perform(CodingEdit edit) {
        perform(edit, edit::label, null);
    }

    /**
     * Does an edit; once done it joins the history and {@code doneMessage} is shown; when refused,
     * the reason is shown and {@code refusedThen} (if any) runs, so a view can show the stored value again.
     */
    void perform(CodingEdit edit, Supplier<String> doneMessage, Runnable refusedThen) {
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
            show(doneMessage.get());
        }, failure -> {
            waiting.remove(edit);
            show(failure);
            if (refusedThen != null) {
                refusedThen.run();
            }
        });
    }

    /**
     * Does a change that cannot be undone (removing a document): once done, the history is
     * emptied, so no undo reaches past it to an older edit. It waits for edits still under way.
     */
    void performFinal(String label, java.util.function.Consumer<Project> change, Supplier<String> doneMessage) {
        if (mustWait("try", "Not done")) {
            return;
        }
        session.change(label, p -> {
            change.accept(p);
            return null;
        }, r -> {
            forget();
            show(doneMessage.get());
        }, this::show);
    }

    /** After a change that cannot be undone: nothing older can be undone past it either. */
    void forget() {
        undo.clear();
        redo.clear();
        updateFlags();
    }

    /** Shows a message in the status line (a refused or a finished action). */
    void say(String what) {
        message.set(what);
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

    /** Undo and redo wait while {@code busy} holds (the transcript's text is being edited). */
    void blockWhile(javafx.beans.value.ObservableBooleanValue busy) {
        this.blocked = busy;
    }

    private boolean blocked() {
        if (blocked != null && blocked.get()) {
            message.set("Save or cancel the correction of the text first, then undo or redo");
            return true;
        }
        return false;
    }

    /** Undoes the newest edit. */
    void undo() {
        if (blocked() || mustWait("undo", "Not undone") || undo.isEmpty()) {
            return;
        }
        step(undo, redo, "Undo", "Undone", CodingEdit::revert, CodingEdit::segmentToUndo);
    }

    /** Does again the last undone edit. */
    void redo() {
        if (blocked() || mustWait("redo", "Not redone") || redo.isEmpty()) {
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
     * segment is gone (changed outside this window) can never succeed, so it leaves the history
     * with a message saying so — and the edits older than it stay where they are, not undone.
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
                show(past + ": " + edit.label());
            } else {
                show("Not " + past.toLowerCase(Locale.ROOT) + ": the passage of '" + edit.label()
                        + "' is no longer coded; left out of the history, nothing else was " + past.toLowerCase(Locale.ROOT));
            }
        }, failure -> {
            from.push(edit);
            show("Not " + past.toLowerCase(Locale.ROOT) + " (" + edit.label() + "): " + failure);
        });
    }

    private boolean segmentGone(Project project, OptionalLong original) {
        if (original.isEmpty()) {
            return false;
        }
        long now = ids.current(original.getAsLong());
        return project.segments(SegmentFilter.ALL).stream().noneMatch(s -> s.id() == now);
    }

    private void show(String what) {
        updateFlags();
        message.set(what);
    }

    private void updateFlags() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** The label of the edit Ctrl+Z would undo, or empty. */
    String nextUndo() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** What the last edit, undo or redo did, or why it was refused. */
    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
