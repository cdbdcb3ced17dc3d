package org.verbatim.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;

/** Memos on the project, documents, codes, participants and segments. */
public final class MemoTable {
    private final Sql sql;

    MemoTable(Sql sql) {
        this.sql = sql;
    }

    public long insert(MemoTarget target, Long targetId, String title, String text, Instant at) {
        return sql.insert("INSERT INTO memo (target, target_id, title, text, updated_at) VALUES (?,?,?,?,?)",
                target, targetId, title, text, at);
    }

    /** Puts back a memo as it was, with its own id and time (undoing a deletion). */
    public void restore(Memo m) {
        sql.update("INSERT INTO memo (id, target, target_id, title, text, updated_at) VALUES (?,?,?,?,?,?)",
                m.id(), m.target(), m.targetId(), m.title(), m.text(), m.updatedAt());
    }

    /** One memo by id. */
    public java.util.Optional<Memo> find(long id) {
        return sql.one("SELECT id, target, target_id, title, text, updated_at FROM memo WHERE id = ?", MemoTable::read, id);
    }

    /** Sets a memo's title, text and time to {@code m}'s (an edit, or an edit undone). */
    public void update(Memo m) {
        sql.updateOwned("UPDATE memo SET title = ?, text = ?, updated_at = ? WHERE id = ?",
                sql.count("SELECT COUNT(*) FROM memo WHERE id = ?", m.id()), "Memo " + m.id(),
                m.title(), m.text(), m.updatedAt(), m.id());
    }

    public List<Memo> all() {
        return sql.list("SELECT id, target, target_id, title, text, updated_at FROM memo ORDER BY id", MemoTable::read);
    }

    private static Memo read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Memo(rs.getLong(1), MemoTarget.valueOf(rs.getString(2)), Sql.nullableLong(rs, "target_id"),
                rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant());
    }

    /** Deletes a memo; returns 0 when there is no such memo. */
    public int delete(long id) {
        return sql.updateOwned("DELETE FROM memo WHERE id = ?", sql.count("SELECT COUNT(*) FROM memo WHERE id = ?", id),
                "Memo " + id, id);
    }

    /** Removes the memos attached to something that is being deleted. */
    public void deleteAttachedTo(MemoTarget target, long targetId) {
        sql.updateOwned("DELETE FROM memo WHERE target = ? AND target_id = ?",
                sql.count("SELECT COUNT(*) FROM memo WHERE target = ? AND target_id = ?", target, targetId),
                "A memo on " + target.name().toLowerCase(java.util.Locale.ROOT) + " " + targetId, target, targetId);
    }
}
