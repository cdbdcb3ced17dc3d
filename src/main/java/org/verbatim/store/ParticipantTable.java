package org.verbatim.store;

import java.util.List;
import java.util.Optional;
import org.verbatim.model.ParticipantRole;

/** Participants (respondents, interviewers, moderators) without their attributes. */
public final class ParticipantTable {
    private final Sql sql;

    ParticipantTable(Sql sql) {
        this.sql = sql;
    }

    /** A participant row: database id, the researcher's key, display name (may be null), role in the study. */
    public record Row(long id, String key, String name, ParticipantRole role) { }

    public long insert(String key, String name) {
        return sql.insert("INSERT INTO participant (pkey, name) VALUES (?, ?)", key, name);
    }

    /** Puts back a participant as they were, with their own id (undoing a removal). */
    public void restore(Row row) {
        sql.update("INSERT INTO participant (id, pkey, name, role) VALUES (?, ?, ?, ?)", row.id(), row.key(), row.name(),
                row.role().label());
    }

    public void rename(long id, String name) {
        sql.update("UPDATE participant SET name = ? WHERE id = ?", name, id);
    }

    public void setRole(long id, ParticipantRole role) {
        sql.update("UPDATE participant SET role = ? WHERE id = ?", role.label(), id);
    }

    /** Deletes a participant; their attribute values and speaker mappings go with them (the schema cascades). */
    public void delete(long id) {
        sql.update("DELETE FROM participant WHERE id = ?", id);
    }

    /**
     * The participant with this key, whatever its case: ids that differ only in case ("tms-r03")
     * are typing slips, and two participants made of them would split one person's codings.
     */
    public Optional<Row> findByKey(String key) {
        return sql.one("SELECT id, pkey, name, role FROM participant WHERE LOWER(pkey) = LOWER(?) ORDER BY id",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), ParticipantRole.parse(rs.getString(4))),
                key);
    }

    public List<Row> all() {
        return sql.list("SELECT id, pkey, name, role FROM participant ORDER BY pkey",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), ParticipantRole.parse(rs.getString(4))));
    }
}
