package org.verbatim.project;

import org.verbatim.model.Document;
import org.verbatim.model.Segment;

/**
 * Moves a segment's ends within its document, keeping its id, code, coder and memo: a boundary
 * adjusted by a word, instead of uncoding the passage and coding it again.
 */
final class SegmentRanges {
    private final SearchIndexSync index;

    SegmentRanges(SearchIndexSync index) {
        this.index = index;
    }

    /**
     * Gives segment {@code segmentId} the range {@code [start, end)} of its document; returns the
     * segment as it was. Refused, changing nothing, when the range is empty or outside the text,
     * or when the same coder already coded exactly that range with the same code.
     */
    SegmentView move(long segmentId, int start, int end) {
        return index.write((tx, changes) -> {
            Segment s = tx.segments().find(segmentId).orElseThrow(() -> new ProjectException(
                    "There is no segment " + segmentId));
            Document d = tx.documents().find(s.documentId()).orElseThrow();
            if (start < 0 || end > d.text().length() || start >= end) {
                throw new ProjectException("A segment of " + d.name() + " cannot cover [" + start + ", " + end
                        + "): the text has " + d.text().length() + " characters and a segment at least one");
            }
            if (tx.segments().findSame(d.id(), s.codeId(), s.coderId(), start, end).filter(o -> o.id() != s.id())
                    .isPresent()) {
                throw new ProjectException("That passage of " + d.name() + " is already coded with the same code"
                        + " by the same coder");
            }
            SegmentView before = new SegmentViews(tx).view(s);
            changes.document(d.id());
            tx.segments().move(s.id(), start, end, d.text().substring(start, end));
            return before;
        });
    }
}
