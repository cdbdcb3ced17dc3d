package org.verbatim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Thin JDBC helpers over one connection inside a transaction: bind parameters, map rows.
 * Every table class uses these so that no SQL string is ever built from user input.
 */
final class Sql {
    private final Connection connection;

    /** Runs before every statement that writes: a transaction takes the writers' lock there if it has not yet. */
    private Runnable beforeWrite = () -> { };

    void beforeWrite(Runnable hook) {
        this.beforeWrite = hook;
    }

    Sql(Connection connection) {
        this.connection = connection;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    /** Runs a query and hands each row to {@code consumer}, without collecting them: for scans of a million rows. */
    void forEach(String sql, RowConsumer consumer, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    /** Takes the current row of a result set. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        beforeWrite.run();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    /**
     * Changes or removes the rows of {@code table} that {@code sql} reaches, refusing when some
     * of them stayed as they were: on a team project's server, row-level security silently
     * passes over rows the user may not change (another coder's), and silence would read as done.
     *
     * @param reached how many rows {@code sql} should reach, counted before it runs
     */
    int updateOwned(String sql, long reached, String what, Object... params) {
        int changed = update(sql, params);
        if (changed < reached) {
            throw new NotPermittedException(what + " was made by another team member: only they or a project lead"
                    + " may change or remove it");
        }
        return changed;
    }

    /** Inserts one row and returns its generated id. */
    long insert(String sql, Object... params) {
        beforeWrite.run();
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    /** Runs one statement for many parameter rows in a JDBC batch. */
    void batch(String sql, List<Object[]> rows) {
        beforeWrite.run();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw fail(sql, e);
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (p instanceof java.time.Instant instant) {
                ps.setObject(i + 1, instant.atOffset(java.time.ZoneOffset.UTC));
            } else if (p instanceof Enum<?> e) {
                ps.setString(i + 1, e.name());
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static StoreException fail(String sql, SQLException e) {
        return new StoreException("Database error: " + e.getMessage() + " [" + sql + "]", e);
    }
}
