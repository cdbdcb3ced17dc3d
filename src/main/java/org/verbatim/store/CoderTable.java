package org.verbatim.store;

import java.util.List;
import org.verbatim.model.Coder;

/** People who code. */
public final class CoderTable {
    private final Sql sql;

    CoderTable(Sql sql) {
        this.sql = sql;
    }

    /** The coder of this name, if there is one yet. */
    public java.util.Optional<Coder> find(String name) {
        return sql.one("SELECT id, name FROM coder WHERE name = ?", rs -> new Coder(rs.getLong(1), rs.getString(2)), name);
    }

    /** The coder with this name, created on first use. */
    public Coder named(String name) {
        return find(name).orElseGet(() -> new Coder(sql.insert("INSERT INTO coder (name) VALUES (?)", name), name));
    }

    public List<Coder> all() {
        return sql.list("SELECT id, name FROM coder ORDER BY name", rs -> new Coder(rs.getLong(1), rs.getString(2)));
    }
}
