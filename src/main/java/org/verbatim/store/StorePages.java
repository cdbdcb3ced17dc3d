package org.verbatim.store;

import java.io.Reader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Reads a project file through: every row of every table with all its values (long texts to
 * their end), then every page of every map of H2's store — indexes, long-text storage, the
 * catalogue — so damage anywhere in the live data shows now, not at some later command.
 */
final class StorePages {
    private StorePages() {
    }

    /** What cannot be read, one line each; empty when the file reads through. */
    static List<String> damage(Connection c) {
        List<String> problems = new ArrayList<>();
        for (String table : tables(c, problems)) {
            readRows(c, table, problems);
        }
        walkPages(c, problems);
        return problems;
    }

    private static List<String> tables(Connection c, List<String> problems) {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("the list of tables cannot be read: " + StoreDamage.reason(e));
        }
        return tables;
    }

    private static void readRows(Connection c, String table, List<String> problems) {
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            char[] buffer = new char[8192];
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    if (value instanceof Clob clob) {
                        try (Reader r = clob.getCharacterStream()) {
                            while (r.read(buffer) >= 0) {
                                // Reading to the end is the point: a long text's pages are read only then.
                            }
                        }
                    }
                }
                rows++;
            }
        } catch (Exception e) {
            problems.add("table " + table.toLowerCase(java.util.Locale.ROOT) + ": row " + (rows + 1)
                    + " cannot be read: " + StoreDamage.reason(e));
        }
    }

    /** Walks H2's own maps (only an embedded H2 file has them; other databases check their own pages). */
    private static void walkPages(Connection c, List<String> problems) {
        MVStore store;
        try {
            if (!(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || session.getDatabase().getStore() == null) {
                return;
            }
            store = session.getDatabase().getStore().getMvStore();
        } catch (SQLException | RuntimeException e) {
            return;
        }
        walk("the catalogue", store.getMetaMap(), problems);
        for (String name : store.getMapNames()) {
            String id = store.getMetaMap().get("name." + name);
            MVMap<Object, Object> map = id == null ? null : store.getMap(Integer.parseInt(id, 16));
            if (map != null) {
                walk(name, map, problems);
            }
        }
    }

    private static void walk(String name, MVMap<?, ?> map, List<String> problems) {
        long entries = 0;
        try {
            Cursor<?, ?> cursor = map.cursor(null);
            while (cursor.hasNext()) {
                cursor.next();
                cursor.getValue();
                entries++;
            }
        } catch (RuntimeException e) {
            problems.add("storage " + name + ": entry " + (entries + 1) + " cannot be read: " + StoreDamage.reason(e));
        }
    }
}
