package org.verbatim.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Code;

/** The codebook: a tree of codes. */
public final class CodeTable {
    private final Sql sql;

    CodeTable(Sql sql) {
        this.sql = sql;
    }

    public List<Code> all() {
        return sql.list("SELECT id, parent_id, name, color, description, shortcut FROM code ORDER BY id", CodeTable::map);
    }

    public Optional<Code> find(long id) {
        return sql.one("SELECT id, parent_id, name, color, description, shortcut FROM code WHERE id = ?",
                CodeTable::map, id);
    }

    /** The child of {@code parentId} (null: top level) with this name, if any. */
    public Optional<Code> child(Long parentId, String name) {
        return parentId == null
                ? sql.one("SELECT id, parent_id, name, color, description, shortcut FROM code"
                        + " WHERE parent_id IS NULL AND name = ?", CodeTable::map, name)
                : sql.one("SELECT id, parent_id, name, color, description, shortcut FROM code"
                        + " WHERE parent_id = ? AND name = ?", CodeTable::map, parentId, name);
    }

    public List<Code> children(long parentId) {
        return sql.list("SELECT id, parent_id, name, color, description, shortcut FROM code WHERE parent_id = ?"
                + " ORDER BY id", CodeTable::map, parentId);
    }

    public long insert(Long parentId, String name, String color, String description, String shortcut) {
        return sql.insert("INSERT INTO code (parent_id, name, color, description, shortcut) VALUES (?,?,?,?,?)",
                parentId, name, color, description, shortcut);
    }

    /** Puts back a code as it was, with its own id (undoing a deletion); its parent must exist or be null. */
    public void restore(Code code) {
        sql.update("INSERT INTO code (id, parent_id, name, color, description, shortcut) VALUES (?,?,?,?,?,?)",
                code.id(), code.parentId(), code.name(), code.color(), code.description(), code.shortcut());
    }

    public void update(Code code) {
        sql.update("UPDATE code SET parent_id = ?, name = ?, color = ?, description = ?, shortcut = ? WHERE id = ?",
                code.parentId(), code.name(), code.color(), code.description(), code.shortcut(), code.id());
    }

    public void delete(long id) {
        sql.update("DELETE FROM code WHERE id = ?", id);
    }

    public long count() {
        return sql.count("SELECT COUNT(*) FROM code");
    }

    /** Number of segments per code id (codes without segments are absent). */
    public Map<Long, Long> segmentCounts() {
        Map<Long, Long> out = new HashMap<>();
        sql.list("SELECT code_id, COUNT(*) FROM segment GROUP BY code_id", rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
            return null;
        });
        return out;
    }

    private static Code map(ResultSet rs) throws SQLException {
        return new Code(rs.getLong("id"), Sql.nullableLong(rs, "parent_id"), rs.getString("name"),
                rs.getString("color"), rs.getString("description"), rs.getString("shortcut"));
    }
}
