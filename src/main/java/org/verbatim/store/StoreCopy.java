package org.verbatim.store;

import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Copies a project file's data into a new team project's database, ids and all, in one server
 * transaction: a failure leaves the server database as empty as it was. Tables are copied
 * parents first; tables this list does not know (added by later migrations) follow it.
 */
public final class StoreCopy {
    private static final List<String> ORDER = List.of("document", "turn", "participant", "attribute",
            "participant_value", "document_value", "speaker_map", "code", "coder", "segment", "memo");
    private static final int BATCH = 1000;

    private StoreCopy() {
    }

    /** Copies everything in {@code from} into {@code to}, which must hold no data yet; returns the rows copied. */
    public static long copy(ProjectStore from, ProjectStore to) {
        return from.read(source -> to.write(target -> {
            if (target.sql().count("SELECT COUNT(*) FROM document") + target.sql().count("SELECT COUNT(*) FROM code") > 0) {
                throw new StoreException("The server database already holds a project: sharing needs an empty one");
            }
            long rows = 0;
            for (String table : tables(source.sql())) {
                rows += copyTable(source.sql(), target.sql(), table);
            }
            target.touched().everything();
            return rows;
        }));
    }

    private static List<String> tables(Sql source) {
        List<String> found = source.list("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", rs -> rs.getString(1));
        List<String> ordered = new ArrayList<>(ORDER);
        List<String> others = new ArrayList<>();
        for (String t : found) {
            if (!ORDER.contains(t) && !t.equals("project_info") && !t.equals("flyway_schema_history")) {
                others.add(t);
            }
        }
        Collections.sort(others);
        ordered.addAll(others);
        ordered.retainAll(found);
        return ordered;
    }

    private static long copyTable(Sql source, Sql target, String table) {
        List<String> columns = new ArrayList<>();
        List<Boolean> longText = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> parents = new ArrayList<>();
        long[] copied = {0};
        boolean code = table.equals("code");
        String[] insert = new String[1];
        source.forEach("SELECT * FROM " + table, rs -> {
            if (columns.isEmpty()) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    longText.add(meta.getColumnType(i) == Types.CLOB);
                }
                insert[0] = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            }
            Object[] row = new Object[columns.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = longText.get(i) ? rs.getString(i + 1) : rs.getObject(i + 1);
            }
            if (code) {
                // A code may come before its parent (moved since): parents are set once all exist.
                int parent = columns.indexOf("parent_id");
                if (row[parent] != null) {
                    parents.add(new Object[] {row[parent], row[columns.indexOf("id")]});
                    row[parent] = null;
                }
            }
            rows.add(row);
            if (rows.size() == BATCH) {
                target.batch(insert[0], rows);
                copied[0] += rows.size();
                rows.clear();
            }
        });
        if (!rows.isEmpty()) {
            target.batch(insert[0], rows);
            copied[0] += rows.size();
        }
        if (!parents.isEmpty()) {
            target.batch("UPDATE code SET parent_id = ? WHERE id = ?", parents);
        }
        if (columns.contains("id")) {
            // The rows kept their ids: the server's identity sequence must continue after them.
            target.one("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM " + table
                    + "), false)", rs -> rs.getLong(1), table);
        }
        return copied[0];
    }
}
