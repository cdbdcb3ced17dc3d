package org.verbatim.ui;

import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.Project;

/**
 * Writing, changing and deleting a memo on the project, a document, a code, a participant or a
 * segment, as steps of the undo history. Each keeps the memo as it was, id and time included,
 * and undo puts exactly that back; redo of a write puts back the same memo with the same id, so
 * later steps that name it by id still find it.
 */
final class MemoEdits {
    private MemoEdits() {
    }

    /** Writes a new memo; undone by deleting it. */
    static final class Write implements CodingEdit {
        private final MemoTarget target;
        private final String ref;
        private final String on;
        private final String title;
        private final String text;
        private org.verbatim.model.Memo written;

        /** {@code ref} names the target as the project does (document id, code path, participant id, segment id). */
        Write(MemoTarget target, String ref, String on, String title, String text) {
            this.target = target;
            this.ref = ref;
            this.on = on;
            this.title = title;
            this.text = text;
        }

        @Override
        public String label() {
            return "Write a memo on " + on;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            if (written == null) {
                written = project.addMemo(target, ref, title, text);
            } else {
                project.memoEditing().putBack(written);
            }
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.deleteMemo(written.id());
        }
    }

    /** Changes a memo's title and text; undone by putting back the memo as it was. */
    static final class Change implements CodingEdit {
        private final org.verbatim.model.Memo before;
        private final String on;
        private final String title;
        private final String text;
        private org.verbatim.model.Memo after;

        Change(org.verbatim.model.Memo before, String on, String title, String text) {
            this.before = before;
            this.on = on;
            this.title = title;
            this.text = text;
        }

        @Override
        public String label() {
            return "Edit the memo on " + on;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            if (after == null) {
                after = project.memoEditing().change(before.id(), title, text);
            } else {
                project.memoEditing().putBack(after);
            }
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.memoEditing().putBack(before);
        }
    }

    /** Deletes a memo; undone by putting it back with its id, title, text and time. */
    static final class Delete implements CodingEdit {
        private final org.verbatim.model.Memo memo;
        private final String on;

        Delete(org.verbatim.model.Memo memo, String on) {
            this.memo = memo;
            this.on = on;
        }

        @Override
        public String label() {
            return "Delete the memo on " + on;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.deleteMemo(memo.id());
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.memoEditing().putBack(memo);
        }
    }
}
