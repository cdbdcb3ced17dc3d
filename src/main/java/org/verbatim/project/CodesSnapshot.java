package org.verbatim.project;

import java.util.List;
import java.util.Set;
import org.verbatim.model.Code;
import org.verbatim.model.Memo;
import org.verbatim.model.Segment;

/**
 * Some codes as they were before a deletion or merge, with every segment coded with them and
 * the memos on both, ids included, so that {@link CodebookUndo#restore} can put them back
 * exactly. Opaque to callers: they only hand it back.
 */
public final class CodesSnapshot {
    final List<Code> codes;
    final List<Segment> segments;
    final List<Memo> memos;
    /** Documents coded with these codes then; with those coded with them now, what the index must read again. */
    final Set<Long> documents;

    CodesSnapshot(List<Code> codes, List<Segment> segments, List<Memo> memos, Set<Long> documents) {
        this.codes = List.copyOf(codes);
        this.segments = List.copyOf(segments);
        this.memos = List.copyOf(memos);
        this.documents = Set.copyOf(documents);
    }

    /** How many segments the snapshot holds (what restoring it brings back). */
    public int segmentCount() {
        return segments.size();
    }
}
