package org.verbatim.store;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Turn;

/** Speaker turns of documents. */
public final class TurnTable {
    private static final int BATCH = 5_000;

    private final Sql sql;

    TurnTable(Sql sql) {
        this.sql = sql;
    }

    /** Inserts the turns of one document in order; their ids and document id in the records are ignored. */
    public void insertAll(long documentId, List<Turn> turns) {
        // In batches: the bound rows of a document of a million turns took more memory than the turns.
        for (int from = 0; from < turns.size(); from += BATCH) {
            List<Turn> part = turns.subList(from, Math.min(turns.size(), from + BATCH));
            List<Object[]> rows = new ArrayList<>(part.size());
            for (Turn t : part) {
                rows.add(new Object[] {documentId, t.index(), t.speaker(), t.timestampMs(), t.start(), t.end()});
            }
            sql.batch("INSERT INTO turn (document_id, idx, speaker, timestamp_ms, start_offset, end_offset)"
                    + " VALUES (?,?,?,?,?,?)", rows);
        }
    }

    /** Removes a document's turns, so the turns of its corrected text can take their place. */
    public void deleteOfDocument(long documentId) {
        sql.update("DELETE FROM turn WHERE document_id = ?", documentId);
    }

    public List<Turn> ofDocument(long documentId) {
        return sql.list("SELECT id, document_id, idx, speaker, timestamp_ms, start_offset, end_offset FROM turn"
                        + " WHERE document_id = ? ORDER BY idx",
                rs -> new Turn(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("idx"),
                        rs.getString("speaker"), Sql.nullableLong(rs, "timestamp_ms"),
                        rs.getInt("start_offset"), rs.getInt("end_offset")),
                documentId);
    }

    /** A turn's place and speaker label, as counting needs it. */
    @FunctionalInterface
    public interface TurnConsumer {
        void accept(long documentId, String speaker, int start, int end);
    }

    /** Hands every turn of every document to {@code consumer}. */
    public void scanAll(TurnConsumer consumer) {
        sql.forEach("SELECT document_id, speaker, start_offset, end_offset FROM turn",
                rs -> consumer.accept(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    public int countOf(long documentId) {
        return (int) sql.count("SELECT COUNT(*) FROM turn WHERE document_id = ?", documentId);
    }

    /** Distinct speaker labels of a document with their number of turns, in order of first appearance. */
    public List<SpeakerCount> speakersOf(long documentId) {
        return sql.list("SELECT speaker, COUNT(*) AS n, MIN(idx) AS first FROM turn WHERE document_id = ?"
                        + " GROUP BY speaker ORDER BY first",
                rs -> new SpeakerCount(rs.getString("speaker"), rs.getInt("n")), documentId);
    }

    /** A speaker label and how many turns it has in one document. */
    public record SpeakerCount(String speaker, int turns) { }
}
