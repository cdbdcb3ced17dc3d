package org.verbatim.project;

import java.util.List;
import java.util.Map;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.Tx;

/**
 * Everything of one document that a correction changes, as it was before: text, word count,
 * source, turns, speaker mapping, segments and the memos on them. Undoing a correction puts
 * exactly this back.
 */
public record DocumentState(Document document, int wordCount, List<Turn> turns, Map<String, Long> speakers,
                            List<Segment> segments, List<Memo> segmentMemos) {
    public DocumentState {
        turns = List.copyOf(turns);
        speakers = Map.copyOf(speakers);
        segments = List.copyOf(segments);
        segmentMemos = List.copyOf(segmentMemos);
    }

    static DocumentState read(Tx tx, Document d) {
        List<Segment> segments = tx.segments().ofDocument(d.id());
        java.util.Set<Long> ids = new java.util.HashSet<>();
        segments.forEach(s -> ids.add(s.id()));
        List<Memo> memos = tx.memos().all().stream()
                .filter(m -> m.target() == MemoTarget.SEGMENT && m.targetId() != null && ids.contains(m.targetId()))
                .toList();
        return new DocumentState(d, tx.documents().wordCount(d.id()), tx.turns().ofDocument(d.id()),
                tx.speakerMaps().ofDocument(d.id()), segments, memos);
    }

    public String text() {
        return document.text();
    }
}
