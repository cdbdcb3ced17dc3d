package org.verbatim.project;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/** Making, changing and removing segments, one at a time, several at once, or from a codings sheet. */
final class Coding {
    private static final Logger LOG = LoggerFactory.getLogger(Coding.class);
    private final ProjectStore store;
    private final SearchIndexSync index;

    Coding(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    /**
     * Codes one passage. The view of the new segment (its participants, attributes, code path) is
     * read after the commit, so the writes of other team members wait only for the coding itself.
     */
    CodingResult code(CodingRequest request) {
        Made made = index.writeReadingFirst((tx, changes) -> ShortLockCoding.make(tx, changes, request));
        try {
            return store.read(tx -> new CodingResult(new SegmentViews(tx).view(made.segment()), made.created()));
        } catch (RuntimeException e) {
            // The coding has committed: it is done, whatever keeps the full view from being read now.
            LOG.warn("The new segment {} could not be read back; reporting it as made", made.segment().id(), e);
            return new CodingResult(made.view(), made.created());
        }
    }

    /** A segment just made, with what is needed to show it if it cannot be read back. */
    record Made(Segment segment, String document, String code, String coder, List<String> created) {
        Made withId(long id) {
            Segment s = segment;
            return new Made(new Segment(id, s.documentId(), s.codeId(), s.coderId(), s.start(), s.end(), s.text(), s.memo(),
                    s.createdAt()), document, code, coder, created);
        }

        SegmentView view() {
            Segment s = segment;
            return new SegmentView(s.id(), s.documentId(), document, s.codeId(), code, s.start(), s.end(), coder, s.text(),
                    s.memo(), List.of(), Map.of(), Map.of(), s.createdAt());
        }
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
        Made made = make(tx, changes, request);
        return new CodingResult(new SegmentViews(tx).view(made.segment()), made.created());
    }

    static Made make(Tx tx, IndexChanges changes, CodingRequest request) {
        Document d = DocumentRefs.resolve(tx, request.document());
        changes.document(d.id());
        int[] range = Passages.rangeOf(d, request);
        var ensured = Codebook.ensure(tx, request.codePath());
        var coder = tx.coders().named(tx.coderOr(request.coder()));
        if (tx.segments().findSame(d.id(), ensured.code().id(), coder.id(), range[0], range[1]).isPresent()) {
            throw new ProjectException("That passage of " + d.name() + " is already coded with '"
                    + Codebook.tree(tx).path(ensured.code().id()) + "' by " + coder.name());
        }
        return insert(tx, d, range, ensured.code().id(), coder, request, ensured.created());
    }

    /** Stores the segment a coding makes, once its document, range, code and coder are known. */
    static Made insert(Tx tx, Document d, int[] range, long codeId, Coder coder, CodingRequest request,
                       List<String> created) {
        Made made = toMake(d, range, codeId, coder, request, created);
        Segment s = made.segment();
        long id = tx.segments().insert(d.id(), codeId, coder.id(), s.start(), s.end(), s.text(), s.memo(), s.createdAt());
        return made.withId(id);
    }

    /** The segment a coding is to make (its id still 0), once its document, range, code and coder are known. */
    static Made toMake(Document d, int[] range, long codeId, Coder coder, CodingRequest request, List<String> created) {
        String text = d.text().substring(range[0], range[1]);
        String memo = blankToNull(request.memo());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as the database keeps it
        Segment s = new Segment(0, d.id(), codeId, coder.id(), range[0], range[1], text, memo, now);
        return new Made(s, d.name(), String.join(CodeTree.SEPARATOR, CodeTree.parse(request.codePath())), coder.name(),
                created);
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
