package org.verbatim.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.CodingResult;
import org.verbatim.project.CorrectionReport;
import org.verbatim.project.HitCodingReport;
import org.verbatim.project.HitUnit;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SearchQuery;
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

    /**
     * The segment (id as first made) that must still exist to undo this edit; empty when undoing
     * makes it anew, or when the edit is not on a segment (codebook, memos, participants).
     */
    default OptionalLong segmentToUndo() {
        return OptionalLong.empty();
    }

    /**
     * The segment (id as first made) that must still exist to do this edit again; empty when doing
     * it makes one, or when the edit is not on a segment.
     */
    default OptionalLong segmentToRedo() {
        return OptionalLong.empty();
    }

    /** Whether doing the edit changed the project; an edit that changed nothing stays out of the history. */
    default boolean changedAnything() {
        return true;
    }

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

    /** Moves a segment's ends; undone by moving them back where they were. */
    final class Move implements CodingEdit {
        private final long segmentId;
        private final int start;
        private final int end;
        private SegmentView before;

        Move(long segmentId, int start, int end) {
            this.segmentId = segmentId;
            this.start = start;
            this.end = end;
        }

        @Override
        public String label() {
            return "Adjust the boundaries of " + (before == null ? "a segment" : before.code());
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            before = project.moveSegment(ids.current(segmentId), start, end);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.moveSegment(ids.current(segmentId), before.start(), before.end());
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

    /**
     * Codes search hits with one code in one transaction; undone by removing every segment it
     * made in one transaction (then any code it created), done again by coding the same
     * passages in one transaction — the search is not run again, so redo makes what undo took.
     */
    final class CodeHits implements CodingEdit {
        private final SearchQuery query;
        private final List<Integer> numbers;
        private final String codePath;
        private final HitUnit unit;
        private final String coder;
        private HitCodingReport report;
        /** The segments made, by id as first made. */
        private List<Long> made = List.of();
        private List<String> created = List.of();
        /** The segments as undo removed them, in the order of {@link #made}. */
        private List<SegmentView> removed = List.of();

        /** Codes the hits numbered {@code numbers} (1-based, in the query's order; empty: every hit). */
        CodeHits(SearchQuery query, List<Integer> numbers, String codePath, HitUnit unit, String coder) {
            this.query = query;
            this.numbers = List.copyOf(numbers);
            this.codePath = codePath;
            this.unit = unit;
            this.coder = coder;
        }

        @Override
        public String label() {
            return "Code hits with " + codePath;
        }

        /** What the first coding did; null until it is done. */
        HitCodingReport report() {
            return report;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            if (report == null) {
                report = project.codeHits(query, numbers, codePath, unit, coder, Progress.NONE);
                made = report.createdSegments();
                created = report.createdCodes();
                return;
            }
            List<CodingResult> again = project.codeAll(removed.stream().map(s -> new CodingRequest(
                    String.valueOf(s.documentId()), s.code(), s.start(), s.end(), null, null, s.coder(), s.memo()))
                    .toList());
            for (int i = 0; i < again.size(); i++) {
                ids.renumber(ids.current(made.get(i)), again.get(i).segment().id());
            }
            created = again.stream().flatMap(r -> r.createdCodes().stream()).distinct().toList();
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            removed = project.uncodeAll(made.stream().map(ids::current).toList());
            deleteCreated(project, created);
        }

        @Override
        public boolean changedAnything() {
            return !made.isEmpty() || !created.isEmpty();
        }

        @Override
        public OptionalLong segmentToUndo() {
            return made.isEmpty() ? OptionalLong.empty() : OptionalLong.of(made.get(0));
        }
    }

    /**
     * Saves a corrected text of a document, every segment following its words; undone by
     * putting back the text, turns, speakers and every segment exactly as they were (removed
     * segments with their ids and memos), done again by saving the same text. Segment ids stay
     * as they are, so the rest of the history is unaffected.
     */
    final class Correct implements CodingEdit {
        private final long documentId;
        private final String name;
        private final String text;
        private final String editor;
        private final boolean removeLost;
        private CorrectionReport saved;

        Correct(long documentId, String name, String text, String editor, boolean removeLost) {
            this.documentId = documentId;
            this.name = name;
            this.text = text;
            this.editor = editor;
            this.removeLost = removeLost;
        }

        @Override
        public String label() {
            return "Correct the text of " + name;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            // Doing it again removes what the first save removed, which the user confirmed then.
            saved = project.corrections().save(String.valueOf(documentId), text, editor, null,
                    removeLost || saved != null);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.corrections().restore(saved.before(), editor, "Undo: " + saved.summary());
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
