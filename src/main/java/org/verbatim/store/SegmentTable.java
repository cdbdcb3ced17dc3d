package org.verbatim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.verbatim.model.Segment;

/** Coded segments: a code on a range of a document, by a coder. */
public final class SegmentTable {
    private static final String COLUMNS =
            "id, document_id, code_id, coder_id, start_offset, end_offset, covered_text, memo, created_at";
    private final Sql sql;

    SegmentTable(Sql sql) {
        this.sql = sql;
    }

    public long insert(long documentId, long codeId, long coderId, int start, int end, String text,
                       String memo, Instant createdAt) {
        return sql.insert("INSERT INTO segment (document_id, code_id, coder_id, start_offset, end_offset,"
                        + " covered_text, memo, created_at) VALUES (?,?,?,?,?,?,?,?)",
                documentId, codeId, coderId, start, end, text, memo, createdAt);
    }

    /** Puts back a segment as it was, with its own id and time (undoing a deletion). */
    public void restore(Segment s) {
        sql.update("INSERT INTO segment (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)", s.id(), s.documentId(),
                s.codeId(), s.coderId(), s.start(), s.end(), s.text(), s.memo(), s.createdAt());
    }

    public Optional<Segment> find(long id) {
        return sql.one("SELECT " + COLUMNS + " FROM segment WHERE id = ?", SegmentTable::map, id);
    }

    /**
     * On a team project's server only, holding the writers' lock: inserts a segment a coding read
     * for before the lock if that still holds — its document's row still has {@code documentStamp}
     * (see {@link DocumentTable#findStamped}), its code is still there, and the same segment was
     * not made meanwhile — and returns its id; empty (nothing inserted) if not. One round trip,
     * as the other writers wait for it.
     */
    public java.util.OptionalLong insertIfStillNew(String documentStamp, long documentId, long codeId, long coderId,
                                                   int start, int end, String text, String memo, Instant createdAt) {
        Optional<Long> id = sql.one("INSERT INTO segment (document_id, code_id, coder_id, start_offset, end_offset,"
                        + " covered_text, memo, created_at) SELECT ?,?,?,?,?,?,?,? WHERE EXISTS (SELECT 1 FROM document"
                        + " WHERE id = ? AND CAST(xmin AS TEXT) = ?) AND EXISTS (SELECT 1 FROM code WHERE id = ?)"
                        + " AND NOT EXISTS (SELECT 1 FROM segment WHERE document_id = ? AND code_id = ? AND coder_id = ?"
                        + " AND start_offset = ? AND end_offset = ?) RETURNING id", rs -> rs.getLong(1),
                documentId, codeId, coderId, start, end, text, memo, createdAt, documentId, documentStamp, codeId,
                documentId, codeId, coderId, start, end);
        return id.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    /** An existing segment with exactly this document, code, coder and range. */
    public Optional<Segment> findSame(long documentId, long codeId, long coderId, int start, int end) {
        return sql.one("SELECT " + COLUMNS + " FROM segment WHERE document_id = ? AND code_id = ? AND coder_id = ?"
                + " AND start_offset = ? AND end_offset = ?", SegmentTable::map, documentId, codeId, coderId, start, end);
    }

    public List<Segment> all() {
        return sql.list("SELECT " + COLUMNS + " FROM segment ORDER BY document_id, start_offset, id", SegmentTable::map);
    }

    public List<Segment> ofCode(long codeId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment WHERE code_id = ? ORDER BY id", SegmentTable::map, codeId);
    }

    public List<Segment> ofDocument(long documentId) {
        return sql.list("SELECT " + COLUMNS + " FROM segment WHERE document_id = ? ORDER BY start_offset, id",
                SegmentTable::map, documentId);
    }

    /** Where a segment is and who made it, without its text: what counting needs. */
    @FunctionalInterface
    public interface RangeConsumer {
        void accept(long documentId, long codeId, long coderId, int start, int end);
    }

    /**
     * Hands every segment's document, code, coder and range to {@code consumer}, in document and
     * start order, reading only the index {@code segment_for_counting} (no texts).
     */
    public void scanRanges(RangeConsumer consumer) {
        sql.forEach("SELECT document_id, code_id, coder_id, start_offset, end_offset FROM segment"
                        + " ORDER BY document_id, start_offset, end_offset, code_id, coder_id",
                rs -> consumer.accept(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5)));
    }

    /** A code on a range, whoever applied it: what the search index holds of a segment. */
    public record CodedRange(long codeId, int start, int end) { }

    /**
     * The distinct codes and ranges of a document's segments, in start order: one row where
     * several coders applied the same code to the same passage, and no texts.
     */
    public List<CodedRange> codedRangesOfDocument(long documentId) {
        return sql.list("SELECT DISTINCT code_id, start_offset, end_offset FROM segment WHERE document_id = ?"
                        + " ORDER BY start_offset, end_offset, code_id",
                rs -> new CodedRange(rs.getLong(1), rs.getInt(2), rs.getInt(3)), documentId);
    }

    public int countOfDocument(long documentId) {
        return (int) sql.count("SELECT COUNT(*) FROM segment WHERE document_id = ?", documentId);
    }

    public void setMemo(long id, String memo) {
        sql.updateOwned("UPDATE segment SET memo = ? WHERE id = ?", exists(id), "Segment " + id, memo, id);
    }

    public void moveToCode(long id, long codeId) {
        sql.updateOwned("UPDATE segment SET code_id = ? WHERE id = ?", exists(id), "Segment " + id, codeId, id);
    }

    /** Moves a segment to another range of its document's corrected text, with the text it now covers. */
    public void move(long id, int start, int end, String text) {
        sql.update("UPDATE segment SET start_offset = ?, end_offset = ?, covered_text = ? WHERE id = ?",
                start, end, text, id);
    }

    public void delete(long id) {
        sql.updateOwned("DELETE FROM segment WHERE id = ?", exists(id), "Segment " + id, id);
    }

    /**
     * Removes every segment of a document, before the document itself.
     *
     * @throws NotPermittedException on a team project, when another member made one of them and
     *                               the user is not a lead (the server passed over their rows)
     */
    public void deleteOfDocument(long documentId, String documentName) {
        long all = sql.count("SELECT COUNT(*) FROM segment WHERE document_id = ?", documentId);
        if (sql.update("DELETE FROM segment WHERE document_id = ?", documentId) < all) {
            throw new NotPermittedException(documentName + " holds segments made by other team members: only a project"
                    + " lead may remove it");
        }
    }

    private long exists(long id) {
        return sql.count("SELECT COUNT(*) FROM segment WHERE id = ?", id);
    }

    private static Segment map(ResultSet rs) throws SQLException {
        return new Segment(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("code_id"), rs.getLong("coder_id"),
                rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("covered_text"), rs.getString("memo"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
