package org.verbatim.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Document;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/** Making, changing and removing segments, one at a time, several at once, or from a codings sheet. */
final class Coding {
    private final ProjectStore store;
    private final SearchIndexSync index;

    Coding(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    CodingResult code(CodingRequest request) {
        return index.write((tx, changes) -> code(tx, changes, request));
    }

    List<CodingResult> codeAll(List<CodingRequest> requests) {
        return index.write((tx, changes) -> {
            List<CodingResult> results = new ArrayList<>();
            for (CodingRequest r : requests) {
                results.add(code(tx, changes, r));
            }
            return results;
        });
    }

    private static CodingResult code(Tx tx, IndexChanges changes, CodingRequest request) {
        Document d = DocumentRefs.resolve(tx, request.document());
        changes.document(d.id());
        int[] range = Passages.rangeOf(d, request);
        var ensured = Codebook.ensure(tx, request.codePath());
        var coder = tx.coders().named(Project.coderName(tx, request.coder()));
        if (tx.segments().findSame(d.id(), ensured.code().id(), coder.id(), range[0], range[1]).isPresent()) {
            throw new ProjectException("That passage of " + d.name() + " is already coded with '"
                    + Codebook.tree(tx).path(ensured.code().id()) + "' by " + coder.name());
        }
        String text = d.text().substring(range[0], range[1]);
        long id = tx.segments().insert(d.id(), ensured.code().id(), coder.id(), range[0], range[1], text,
                blankToNull(request.memo()), Instant.now());
        Segment s = tx.segments().find(id).orElseThrow();
        return new CodingResult(new SegmentViews(tx).view(s), ensured.created());
    }

    Project.CodingsImport importCodings(Path csv, String defaultCoder) {
        CodingSheet sheet = CodingSheet.read(csv);
        return index.write((tx, changes) -> CodingImport.apply(tx, sheet, defaultCoder, changes::document));
    }

    SegmentView uncode(long segmentId) {
        return index.write((tx, changes) -> uncode(tx, changes, segmentId));
    }

    List<SegmentView> uncodeAll(List<Long> segmentIds) {
        return index.write((tx, changes) -> {
            List<SegmentView> removed = new ArrayList<>();
            for (long id : segmentIds) {
                removed.add(uncode(tx, changes, id));
            }
            return removed;
        });
    }

    private static SegmentView uncode(Tx tx, IndexChanges changes, long segmentId) {
        Segment s = tx.segments().find(segmentId).orElseThrow(() -> new ProjectException(
                "There is no segment " + segmentId + " (see: verbatim segments)"));
        changes.document(s.documentId());
        SegmentView view = new SegmentViews(tx).view(s);
        tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
        tx.segments().delete(s.id());
        return view;
    }

    CodingResult recode(long segmentId, String codePath) {
        return index.write((tx, changes) -> {
            Segment s = tx.segments().find(segmentId).orElseThrow(() -> new ProjectException(
                    "There is no segment " + segmentId));
            changes.document(s.documentId());
            var ensured = Codebook.ensure(tx, codePath);
            if (tx.segments().findSame(s.documentId(), ensured.code().id(), s.coderId(), s.start(), s.end()).isPresent()) {
                throw new ProjectException("That passage is already coded with '"
                        + Codebook.tree(tx).path(ensured.code().id()) + "' by the same coder");
            }
            tx.segments().moveToCode(s.id(), ensured.code().id());
            return new CodingResult(new SegmentViews(tx).view(tx.segments().find(s.id()).orElseThrow()),
                    ensured.created());
        });
    }

    void setMemo(long segmentId, String memo) {
        index.write((tx, changes) -> {
            tx.segments().find(segmentId).orElseThrow(() -> new ProjectException("There is no segment " + segmentId));
            tx.segments().setMemo(segmentId, blankToNull(memo));
            return null;
        });
    }

    List<SegmentView> segments(SegmentFilter filter) {
        return store.read(tx -> new SegmentViews(tx).select(filter));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
