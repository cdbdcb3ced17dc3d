package org.verbatim.project;

import java.util.LinkedHashMap;
import java.util.Map;

/** A search hit as a row of the hit listing: the columns of {@code verbatim search --format csv|json}. */
public final class HitRows {
    private HitRows() {
    }

    /** number, document, turn, speaker, participant, timestampMs, start, end, before, matched, after. */
    public static Map<String, Object> row(HitView h) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", h.number());
        row.put("document", h.document());
        row.put("turn", h.turn());
        row.put("speaker", h.speaker());
        row.put("participant", h.participant());
        row.put("timestampMs", h.timestampMs());
        row.put("start", h.start());
        row.put("end", h.end());
        row.put("before", h.before());
        row.put("matched", h.matched());
        row.put("after", h.after());
        return row;
    }
}
