package org.verbatim.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.h2.tools.Recover;
import org.h2.util.ScriptReader;

/**
 * Salvages what can still be read from a damaged project file into a new, empty one: table by
 * table, and row by row where a table's ids can be listed, so one unreadable page loses only the
 * rows on it. Rows keep their ids; a row whose parent was lost (a segment of a lost document) is
 * lost with it. A file that H2 cannot open at all is first read page by page with H2's Recover
 * tool and its script replayed statement by statement, skipping what fails.
 *
 * <p>Works only on copies: {@code damagedCopy} is a folder holding a copy of the damaged file.
 * An encrypted project's file is read and written with its key, and the new file is encrypted
 * with the same key; H2's Recover tool cannot read an encrypted file (and would write what it
 * read in clear), so an encrypted file H2 cannot open at all yields nothing.
 */
public final class StoreSalvage {
    /** Parents before children, so a row's parent exists when it is inserted. */
    private static final List<String> ORDER = List.of("project_info", "coder", "participant", "attribute", "document",
            "code", "turn", "participant_value", "document_value", "speaker_map", "document_version", "segment",
            "quote_mark", "memo");
    private static final String USER = "verbatim";

    private StoreSalvage() {
    }

    /** What became of one table: rows read and copied, rows known to exist but lost, and why. */
    public record TableSalvage(String table, long copied, long lost, List<Long> lostIds, List<String> problems) {
    }

    /**
     * Copies every readable row of the project file in {@code damagedCopy} into the new project
     * file in {@code target} (created here with the current schema); with an encrypted project's
     * {@code key} (null: a plain one), both files are encrypted with it.
     */
    public static Map<String, TableSalvage> salvage(Path damagedCopy, Path target, ProjectKey key) {
        ProjectStore.open(target, key).close();
        H2Login login = H2Login.of(key);
        try (Connection source = openSource(damagedCopy, login);
             Connection into = login.connect("jdbc:h2:file:" + target.toAbsolutePath().resolve("project") + login.urlSettings())) {
            into.setAutoCommit(false);
            Map<String, TableSalvage> result = new LinkedHashMap<>();
            for (String table : ORDER) {
                result.put(table, copyTable(source, into, table));
            }
            into.commit();
            return result;
        } catch (SQLException e) {
            throw new StoreException("Cannot salvage the project file: " + StoreDamage.reason(e), e);
        }
    }

    /** The damaged file opened read-only, or, when H2 cannot open it, what its Recover tool could read of it. */
    private static Connection openSource(Path copy, H2Login login) throws SQLException {
        String base = "jdbc:h2:file:" + copy.toAbsolutePath().resolve("project") + login.urlSettings();
        try {
            return login.connect(base + ";ACCESS_MODE_DATA=r");
        } catch (SQLException e) {
            if (login.encrypted()) {
                throw new StoreException("H2 cannot open the encrypted file at all (" + StoreDamage.reason(e)
                        + "), and its page-by-page recovery cannot read an encrypted file: restore the newest backup", e);
            }
            return replayRecovered(copy);
        }
    }

    private static Connection replayRecovered(Path copy) throws SQLException {
        Recover.execute(copy.toString(), "project");
        Path script = copy.resolve("project.h2.sql");
        Connection rescued = DriverManager.getConnection("jdbc:h2:file:" + copy.toAbsolutePath().resolve("rescued"), USER, "");
        try (Reader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8); Statement s = rescued.createStatement()) {
            ScriptReader statements = new ScriptReader(reader);
            for (String sql = statements.readStatement(); sql != null; sql = statements.readStatement()) {
                try {
                    s.execute(sql);
                } catch (SQLException skipped) {
                    // A statement over unreadable data: what it would have brought back is counted as lost.
                }
            }
        } catch (IOException e) {
            rescued.close();
            throw new SQLException("Cannot read the recovered script: " + e.getMessage(), e);
        }
        return rescued;
    }

    private static TableSalvage copyTable(Connection source, Connection into, String table) {
        List<String> problems = new ArrayList<>();
        List<Long> lostIds = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<String> columns = columns(source, table, problems);
        if (columns.isEmpty()) {
            return new TableSalvage(table, 0, 0, lostIds, problems);
        }
        if (columns.contains("id")) {
            for (long id : ids(source, table, problems)) {
                Object[] row = readRow(source, table, columns, id, problems);
                if (row == null) {
                    lostIds.add(id);
                } else {
                    rows.add(row);
                }
            }
        } else {
            rows.addAll(scan(source, table, columns, problems));
        }
        long copied = 0;
        String insert = insertInto(table, columns);
        List<Object[]> pending = rows;
        // A code may come before its parent (moved since): rows refused are tried again while any pass makes progress.
        while (!pending.isEmpty()) {
            List<Object[]> refused = new ArrayList<>();
            for (Object[] row : pending) {
                if (insertRow(into, insert, row)) {
                    copied++;
                } else {
                    refused.add(row);
                }
            }
            if (refused.size() == pending.size()) {
                break;
            }
            pending = refused;
        }
        if (columns.contains("id") && copied < rows.size()) {
            for (Object[] row : pending) {
                lostIds.add(((Number) row[columns.indexOf("id")]).longValue());
            }
        }
        long lost = lostIds.size() + (columns.contains("id") ? 0 : rows.size() - copied);
        if (columns.contains("id")) {
            restartIdentity(into, table);
        }
        return new TableSalvage(table, copied, lost, lostIds, problems);
    }

    private static List<String> columns(Connection source, String table, List<String> problems) {
        List<String> columns = new ArrayList<>();
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("the table cannot be read: " + StoreDamage.reason(e));
        }
        return columns;
    }

    private static List<Long> ids(Connection source, String table, List<String> problems) {
        List<Long> ids = new ArrayList<>();
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM " + table + " ORDER BY id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("the list of its rows breaks off after " + ids.size() + ": " + StoreDamage.reason(e));
        }
        return ids;
    }

    private static Object[] readRow(Connection source, String table, List<String> columns, long id, List<String> problems) {
        try (PreparedStatement ps = source.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? values(rs, columns.size()) : null;
            }
        } catch (SQLException | RuntimeException e) {
            return readColumns(source, table, columns, id, problems, e);
        }
    }

    /**
     * A row that cannot be read whole, read value by value: an unreadable value (most often a long
     * text on a damaged page) is left empty, and the row is kept if the table allows that.
     */
    private static Object[] readColumns(Connection source, String table, List<String> columns, long id,
            List<String> problems, Exception whole) {
        Object[] row = new Object[columns.size()];
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            try (PreparedStatement ps = source.prepareStatement("SELECT " + columns.get(i) + " FROM " + table + " WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    row[i] = values(rs, 1)[0];
                }
            } catch (SQLException | RuntimeException e) {
                if (columns.get(i).equals("id")) {
                    return null;
                }
                unreadable.add(columns.get(i));
            }
        }
        if (problems.size() < 20) {
            int name = columns.indexOf("name");
            String which = name >= 0 && row[name] != null && !unreadable.contains("name") ? " ('" + row[name] + "')" : "";
            problems.add("row " + id + which + (unreadable.isEmpty() ? " cannot be read: " + StoreDamage.reason(whole)
                    : ": " + String.join(", ", unreadable) + " cannot be read and " + (unreadable.size() == 1 ? "is" : "are")
                    + " left empty"));
        }
        return row;
    }

    private static List<Object[]> scan(Connection source, String table, List<String> columns, List<String> problems) {
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = source.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            while (rs.next()) {
                rows.add(values(rs, columns.size()));
            }
        } catch (SQLException | RuntimeException e) {
            problems.add("reading breaks off after " + rows.size() + " rows: " + StoreDamage.reason(e));
        }
        return rows;
    }

    /** A row's values, long texts read to their end now (while the row is known readable). */
    private static Object[] values(ResultSet rs, int count) throws SQLException {
        Object[] row = new Object[count];
        for (int i = 0; i < count; i++) {
            Object value = rs.getObject(i + 1);
            row[i] = value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value;
        }
        return row;
    }

    private static String insertInto(String table, List<String> columns) {
        String into = table.equals("project_info") ? "MERGE INTO " : "INSERT INTO ";
        return into + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }

    private static boolean insertRow(Connection into, String insert, Object[] row) {
        if (insert.startsWith("MERGE") && "generation".equals(row[0])) {
            return true;
        }
        try (PreparedStatement ps = into.prepareStatement(insert)) {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void restartIdentity(Connection into, String table) {
        try (Statement s = into.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            long next = rs.getLong(1);
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        } catch (SQLException e) {
            throw new StoreException("Cannot set the next id of " + table + ": " + e.getMessage(), e);
        }
    }
}
