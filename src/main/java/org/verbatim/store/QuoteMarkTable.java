package org.verbatim.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Segments marked as quotes for a report. */
public final class QuoteMarkTable {
    private final Sql sql;

    QuoteMarkTable(Sql sql) {
        this.sql = sql;
    }

    /** Marks a segment; returns false when it was marked already. */
    public boolean mark(long segmentId, Instant at) {
        if (isMarked(segmentId)) {
            return false;
        }
        sql.update("INSERT INTO quote_mark (segment_id, marked_at) VALUES (?,?)", segmentId, at);
        return true;
    }

    /** Removes a segment's mark; returns false when it had none. */
    public boolean unmark(long segmentId) {
        return sql.update("DELETE FROM quote_mark WHERE segment_id = ?", segmentId) > 0;
    }

    public boolean isMarked(long segmentId) {
        return sql.count("SELECT COUNT(*) FROM quote_mark WHERE segment_id = ?", segmentId) > 0;
    }

    /** The ids of every marked segment. */
    public Set<Long> all() {
        return new HashSet<>(sql.list("SELECT segment_id FROM quote_mark", rs -> rs.getLong(1)));
    }
}
