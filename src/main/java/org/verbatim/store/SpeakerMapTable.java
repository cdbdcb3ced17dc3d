package org.verbatim.store;

import java.util.HashMap;
import java.util.Map;

/** Which participant each speaker label of a document stands for. */
public final class SpeakerMapTable {
    private final Sql sql;

    SpeakerMapTable(Sql sql) {
        this.sql = sql;
    }

    public void map(long documentId, String speaker, long participantId) {
        // Replace, in words both H2 and PostgreSQL read (each has its own upsert syntax).
        unmap(documentId, speaker);
        sql.update("INSERT INTO speaker_map (document_id, speaker, participant_id) VALUES (?,?,?)",
                documentId, speaker, participantId);
    }

    public void unmap(long documentId, String speaker) {
        sql.update("DELETE FROM speaker_map WHERE document_id = ? AND speaker = ?", documentId, speaker);
    }

    /** Speaker label to participant id, for one document. */
    public Map<String, Long> ofDocument(long documentId) {
        Map<String, Long> out = new HashMap<>();
        sql.list("SELECT speaker, participant_id FROM speaker_map WHERE document_id = ?", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
            return null;
        }, documentId);
        return out;
    }

    /** Every document's speaker labels and their participants: document id to (label to participant id). */
    public Map<Long, Map<String, Long>> all() {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        sql.forEach("SELECT document_id, speaker, participant_id FROM speaker_map",
                rs -> out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return out;
    }

    /** Documents in which a participant speaks. */
    public long documentsOf(long participantId) {
        return sql.count("SELECT COUNT(DISTINCT document_id) FROM speaker_map WHERE participant_id = ?", participantId);
    }
}
