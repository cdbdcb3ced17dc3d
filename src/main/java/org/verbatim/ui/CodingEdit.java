package org.verbatim.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.CodingResult;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SegmentView;

/**
 * A change to the coding that can be undone and done again. Undoing an uncode codes the same
 * range again with the same code, coder and memo, which gives the segment a new id; edits
 * further down the history find it through {@link SegmentIds}.
 */
interface CodingEdit {
    /** What the edit does, for the status line and the Undo menu item. */
    String label();

    void apply(Project project, SegmentIds ids);

    void revert(Project project, SegmentIds ids);

    /** The segment (id as first made) that must still exist to undo this edit; empty when undoing makes it anew. */
    OptionalLong segmentToUndo();

    /** The segment (id as first made) that must still exist to do this edit again; empty when doing it makes one. */
    OptionalLong segmentToRedo();

    /** Segment ids as first made, followed to the id a segment has after being made again. */
    final class SegmentIds {
        private final Map<Long, Long> renumbered = new HashMap<>();

        long current(long original) {
            Long now = original;
            while (renumbered.containsKey(now)) {
                now = renumbered.get(now);
            }
            return now;
        }

        void renumber(long old, long now) {
            if (old != now) {
                renumbered.put(old, now);
            }
        }
    }

    /** Codes a range; undone by uncoding it and deleting any code it created. */
    final class Code implements CodingEdit {
        private final CodingRequest request;
        private Long segmentId;
        private List<String> created = List.of();

        Code(CodingRequest request) {
            this.request = request;
        }

        @Override
        public String label() {
            return "Code with " + request.codePath();
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            CodingResult result = project.code(request);
            if (segmentId != null) {
                ids.renumber(ids.current(segmentId), result.segment().id());
            } else {
                segmentId = result.segment().id();
            }
            created = result.createdCodes();
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.uncode(ids.current(segmentId));
            deleteCreated(project, created);
        }

        @Override
        public OptionalLong segmentToUndo() {
            return segmentId == null ? OptionalLong.empty() : OptionalLong.of(segmentId);
        }

        @Override
        public OptionalLong segmentToRedo() {
            return OptionalLong.empty();
        }
    }

    /** Uncodes a segment; undone by coding the same range with the same code, coder and memo. */
    final class Uncode implements CodingEdit {
        private final long segmentId;
        private SegmentView removed;

        Uncode(long segmentId) {
            this.segmentId = segmentId;
        }

        @Override
        public String label() {
            return "Uncode" + (removed == null ? "" : " " + removed.code());
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            removed = project.uncode(ids.current(segmentId));
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            CodingResult again = project.code(new CodingRequest(String.valueOf(removed.documentId()), removed.code(),
                    removed.start(), removed.end(), null, null, removed.coder(), removed.memo()));
            ids.renumber(ids.current(segmentId), again.segment().id());
        }

        @Override
        public OptionalLong segmentToUndo() {
            return OptionalLong.empty();
        }

        @Override
        public OptionalLong segmentToRedo() {
            return OptionalLong.of(segmentId);
        }
    }

    /** Sets a segment's memo; undone by setting the memo it had. */
    final class Memo implements CodingEdit {
        private final long segmentId;
        private final String before;
        private final String after;

        Memo(long segmentId, String before, String after) {
            this.segmentId = segmentId;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return "Edit memo";
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.setSegmentMemo(ids.current(segmentId), after);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.setSegmentMemo(ids.current(segmentId), before == null ? "" : before);
        }

        @Override
        public OptionalLong segmentToUndo() {
            return OptionalLong.of(segmentId);
        }

        @Override
        public OptionalLong segmentToRedo() {
            return OptionalLong.of(segmentId);
        }
    }

    /** Gives a segment another code; undone by giving it back its code and deleting any code it created. */
    final class Recode implements CodingEdit {
        private final long segmentId;
        private final String before;
        private final String after;
        private List<String> created = List.of();

        Recode(long segmentId, String before, String after) {
            this.segmentId = segmentId;
            this.before = before;
            this.after = after;
        }

        @Override
        public String label() {
            return "Recode as " + after;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            created = project.recode(ids.current(segmentId), after).createdCodes();
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.recode(ids.current(segmentId), before);
            deleteCreated(project, created);
        }

        @Override
        public OptionalLong segmentToUndo() {
            return OptionalLong.of(segmentId);
        }

        @Override
        public OptionalLong segmentToRedo() {
            return OptionalLong.of(segmentId);
        }
    }

    /** Deletes codes an edit created, deepest first, unless someone has coded with them since. */
    private static void deleteCreated(Project project, List<String> created) {
        List<String> made = new ArrayList<>(created);
        java.util.Collections.reverse(made);
        for (String path : made) {
            try {
                project.deleteCode(path, false);
            } catch (ProjectException e) {
                // Coded with meanwhile: the code stays, with those segments.
            }
        }
    }
}
