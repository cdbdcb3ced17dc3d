package org.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connections to a project file, and its compaction when it is closed. */
final class H2Connections implements Connections {
    private static final Logger LOG = LoggerFactory.getLogger(H2Connections.class);
    /** Past this size a file that is mostly dead space is rewritten on close. */
    private static final long COMPACT_ABOVE_BYTES = 4L * 1024 * 1024;
    /** Percentage of live data in the file's chunks below which it counts as mostly dead space. */
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    /** H2's "The database has been closed" error code. */
    private static final int DATABASE_IS_CLOSED = 90098;

    private final String url;
    private final H2Login login;
    private volatile JdbcConnectionPool pool;
    private volatile boolean reading;

    H2Connections(String url, H2Login login, JdbcConnectionPool pool) {
        this.url = url;
        this.login = login;
        this.pool = pool;
    }

    /**
     * Goes on through a fresh opening of the same file for reading only, after H2 stopped the
     * database on a full disk and even reading failed; the file itself is intact.
     */
    synchronized void reopenForReading() {
        String readOnly = url + ";ACCESS_MODE_DATA=r";
        pool.dispose();
        ReadOnlyOpening.forgetStopped(readOnly, login);
        pool = login.pool(readOnly);
        reading = true;
    }

    /** Before a write: back to the file opened for writing, if reads went on read-only ({@link #reopenForReading}). */
    synchronized void reopenForWriting() {
        if (reading) {
            pool.dispose();
            pool = login.pool(url);
            reading = false;
        }
    }

    /**
     * A connection from the pool. After H2 stopped the database on a failed write (a full disk),
     * each idle connection of it fails once and is closed ({@link ClosingPooledConnections}); the
     * next is taken, and once none is left the pool opens the file afresh — so the project works
     * again as soon as there is space, without being opened again.
     */
    @Override
    public Connection take() throws SQLException {
        for (int tries = 1; ; tries++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (e.getErrorCode() != DATABASE_IS_CLOSED || tries > pool.getMaxConnections()) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void give(Connection connection, boolean broken) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Returning a database connection failed", e);
        }
    }

    @Override
    public void beginRead(Connection connection) {
        // Only this process writes to the file, and it writes from one thread at a time.
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        return false;
    }

    /**
     * Closes the database: H2 closes it when its last connection closes. (A SHUTDOWN through a
     * pooled connection made the pool's own close fail and log a stack trace into
     * {@code project.trace.db} in the project folder on every close.)
     */
    @Override
    public void close() {
        boolean bloated = !reading && isMostlyDeadSpace();
        pool.dispose();
        if (bloated) {
            rewriteCompactly();
        }
    }

    /**
     * Every commit is written at once as a new chunk, and without in-place compaction the file
     * keeps growing with superseded chunks; this tells when it has grown mostly dead.
     */
    private boolean isMostlyDeadSpace() {
        try (Connection c = pool.getConnection();
             var ps = c.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')");
             var rs = ps.executeQuery()) {
            long size = 0;
            int fill = 100;
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    size = Long.parseLong(rs.getString(2));
                } else {
                    fill = Integer.parseInt(rs.getString(2));
                }
            }
            return size > COMPACT_ABOVE_BYTES && fill < COMPACT_BELOW_FILL_PERCENT;
        } catch (SQLException | NumberFormatException e) {
            LOG.warn("Cannot read the database's fill rate; it is not compacted this time", e);
            return false;
        }
    }

    /** SHUTDOWN COMPACT copies the live data into a new file and swaps it in. */
    private void rewriteCompactly() {
        try (Connection c = login.connect(url);
             var statement = c.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            LOG.info("Compacted the project database {}", url);
        } catch (SQLException e) {
            // The data is intact either way: compacting only reclaims space.
            LOG.warn("Compacting the project database failed", e);
        }
    }
}
