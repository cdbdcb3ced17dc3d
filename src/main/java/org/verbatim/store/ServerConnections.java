package org.verbatim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections to a team project's PostgreSQL database: a few kept open for reuse, any that
 * failed because the server went away thrown out, so the next transaction connects afresh.
 */
final class ServerConnections implements Connections {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnections.class);
    private static final int KEPT = 4;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int VALID_WITHIN_SECONDS = 2;

    private final ServerAddress address;
    private final Properties properties;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ServerConnections(ServerAddress address, String password) {
        this.address = address;
        this.properties = properties(address, password);
    }

    static Properties properties(ServerAddress address, String password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", address.tlsMode());
        p.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        p.setProperty("ApplicationName", "Verbatim");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** A new connection outside the pool (the one that listens for announcements). */
    Connection open() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    @Override
    public Connection take() throws SQLException {
        while (true) {
            Connection kept;
            synchronized (this) {
                if (closed) {
                    throw new SQLException("The project is closed", "08003");
                }
                kept = idle.pollFirst();
            }
            if (kept == null) {
                return open();
            }
            // A kept connection may have died with a restarted server: checked before use, so the
            // first transaction after the restart does not fail on it.
            if (kept.isValid(VALID_WITHIN_SECONDS)) {
                return kept;
            }
            closeQuietly(kept);
        }
    }

    @Override
    public void give(Connection connection, boolean broken) {
        synchronized (this) {
            if (!broken && !closed && idle.size() < KEPT) {
                idle.addFirst(connection);
                return;
            }
        }
        closeQuietly(connection);
    }

    @Override
    public void beginRead(Connection connection) throws SQLException {
        // Others commit meanwhile: one snapshot keeps a read's segments and codes consistent.
        try (var s = connection.createStatement()) {
            s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
    }

    @Override
    public boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(ServerConnections::closeQuietly);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing a server connection failed", e);
        }
    }
}
