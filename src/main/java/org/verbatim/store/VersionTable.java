package org.verbatim.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Earlier and current texts of corrected documents, with when, by whom and why each was saved. */
public final class VersionTable {
    private final Sql sql;

    VersionTable(Sql sql) {
        this.sql = sql;
    }

    /** One saved version of a document's text, without the text. */
    public record Version(int number, Instant savedAt, String editor, String summary, int length) { }

    public void insert(long documentId, int number, String text, Instant savedAt, String editor, String summary) {
        sql.insert("INSERT INTO document_version (document_id, version, text, saved_at, editor, summary)"
                + " VALUES (?,?,?,?,?,?)", documentId, number, text, savedAt, editor, summary);
    }

    /** A document's versions, oldest first; empty for a document never corrected. */
    public List<Version> ofDocument(long documentId) {
        return sql.list("SELECT version, saved_at, editor, summary, LENGTH(text) FROM document_version"
                        + " WHERE document_id = ? ORDER BY version",
                rs -> new Version(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), documentId);
    }

    public Optional<String> text(long documentId, int number) {
        return sql.one("SELECT text FROM document_version WHERE document_id = ? AND version = ?",
                rs -> rs.getString(1), documentId, number);
    }
}
