package org.verbatim.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentView;
import org.verbatim.project.TurnView;

/**
 * When each segment was said: the time of the turn it starts in, for documents with timings,
 * so a list of segments can say "00:05:45" where it would otherwise give character offsets.
 */
final class SegmentTimes {
    private SegmentTimes() {
    }

    /** Segment id → "hh:mm:ss" of its turn; segments of documents without timings are left out. */
    static Map<Long, String> of(Project project, List<SegmentView> segments) {
        Map<Long, List<TurnView>> turns = new HashMap<>();
        Map<Long, String> times = new HashMap<>();
        for (SegmentView s : segments) {
            List<TurnView> ofDocument = turns.computeIfAbsent(s.documentId(), id -> {
                DocumentDetail d = project.document(String.valueOf(id));
                return d.turns().stream().anyMatch(t -> t.timestampMs() != null) ? d.turns() : List.of();
            });
            ofDocument.stream().filter(t -> t.timestampMs() != null && t.end() > s.start()).findFirst()
                    .ifPresent(t -> times.put(s.id(), format(t.timestampMs())));
        }
        return times;
    }

    static String format(long ms) {
        long s = ms / 1000;
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
