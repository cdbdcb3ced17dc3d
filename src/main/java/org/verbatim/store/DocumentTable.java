package org.verbatim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.verbatim.model.Document;

/** Documents: the normalised text and where it came from. */
public final class DocumentTable {
    private static final String COLUMNS =
            "id, name, format, language, encoding, source_file, source_sha256, imported_at";
    private final Sql sql;

    DocumentTable(Sql sql) {
        this.sql = sql;
    }

    /** Inserts a document and returns its id. */
    public long insert(Document d, int wordCount) {
        return sql.insert("INSERT INTO document (name, format, language, encoding, source_file, source_sha256,"
                        + " imported_at, word_count, text) VALUES (?,?,?,?,?,?,?,?,?)",
                d.name(), d.format(), d.language(), d.encoding(), d.sourceFile(), d.sourceSha256(),
                d.importedAt(), wordCount, d.text());
    }

    /** All documents without their text, ordered by name. */
    public List<Document> listWithoutText() {
        return sql.list("SELECT " + COLUMNS + " FROM document ORDER BY name", rs -> map(rs, ""));
    }

    public Optional<Document> find(long id) {
        return sql.one("SELECT " + COLUMNS + ", text FROM document WHERE id = ?",
                rs -> map(rs, rs.getString("text")), id);
    }

    /** A document as read at one moment, with its row's stamp then (see {@link #findStamped}). */
    public record Stamped(Document document, String stamp) { }

    /**
     * On a team project's server only: the document with a stamp of its row that changes
     * whenever the row is written (PostgreSQL's {@code xmin}), read together, so work that read
     * the document before taking the writers' lock can tell whether anyone corrected, renamed or
     * removed it since.
     */
    public Optional<Stamped> findStamped(long id) {
        return sql.one("SELECT " + COLUMNS + ", text, CAST(xmin AS TEXT) AS stamp FROM document WHERE id = ?",
                rs -> new Stamped(map(rs, rs.getString("text")), rs.getString("stamp")), id);
    }

    public Optional<Document> findByName(String name) {
        return sql.one("SELECT " + COLUMNS + ", text FROM document WHERE name = ?",
                rs -> map(rs, rs.getString("text")), name);
    }

    public Optional<Document> findBySha256(String sha256) {
        return sql.one("SELECT " + COLUMNS + " FROM document WHERE source_sha256 = ?", rs -> map(rs, ""), sha256);
    }

    /** Hands each document's id and text to {@code consumer}, one document at a time. */
    public void scanTexts(BiConsumer<Long, String> consumer) {
        sql.forEach("SELECT id, text FROM document", rs -> consumer.accept(rs.getLong(1), rs.getString(2)));
    }

    public int wordCount(long id) {
        return (int) sql.count("SELECT word_count FROM document WHERE id = ?", id);
    }

    /** Puts a corrected text in place of a document's text; offsets into it must be moved in the same transaction. */
    public void replaceText(long id, String text, int wordCount) {
        sql.update("UPDATE document SET text = ?, word_count = ? WHERE id = ?", text, wordCount, id);
    }

    /** Records the file a document's text now comes from, after it was replaced by a corrected file. */
    public void replaceSource(long id, String format, String encoding, String sourceFile, String sha256) {
        sql.update("UPDATE document SET format = ?, encoding = ?, source_file = ?, source_sha256 = ? WHERE id = ?",
                format, encoding, sourceFile, sha256, id);
    }

    public void rename(long id, String name) {
        sql.update("UPDATE document SET name = ? WHERE id = ?", name, id);
    }

    public void delete(long id) {
        sql.update("DELETE FROM document WHERE id = ?", id);
    }

    private static Document map(ResultSet rs, String text) throws SQLException {
        return new Document(rs.getLong("id"), rs.getString("name"), rs.getString("format"),
                rs.getString("language"), rs.getString("encoding"), rs.getString("source_file"),
                rs.getString("source_sha256"), rs.getObject("imported_at", OffsetDateTime.class).toInstant(), text);
    }
}
