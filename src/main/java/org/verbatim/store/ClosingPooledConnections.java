package org.verbatim.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;
import javax.sql.StatementEventListener;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The physical connections H2's connection pool hands out, each closed when it fails to hand out
 * a connection.
 *
 * <p>Handing out a connection rolls it back first, which writes. When the disk is full that write
 * fails and H2 stops the database; H2's pool then drops the physical connection without closing
 * it, and its open session keeps the stopped database registered in this process: every later
 * opening of the project here — read-only while the disk is full, or for writing once space is
 * free — met "The database has been closed" until the program ended. Closed, the session goes,
 * the stopped database with it, and the next opening starts afresh as in a new process.
 */
final class ClosingPooledConnections implements ConnectionPoolDataSource {
    private final JdbcDataSource source;

    ClosingPooledConnections(JdbcDataSource source) {
        this.source = source;
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        return new Closing(source.getPooledConnection());
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        return new Closing(source.getPooledConnection(user, password));
    }

    @Override
    public PrintWriter getLogWriter() {
        return source.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("H2 logs through its own trace");
    }

    /** One physical connection; its events name this wrapper, so the pool recycles the wrapper, not what it wraps. */
    private static final class Closing implements PooledConnection {
        private final PooledConnection physical;
        private final Map<ConnectionEventListener, ConnectionEventListener> forwarders = new ConcurrentHashMap<>();

        Closing(PooledConnection physical) {
            this.physical = physical;
        }

        @Override
        public Connection getConnection() throws SQLException {
            try {
                return physical.getConnection();
            } catch (SQLException | RuntimeException e) {
                try {
                    physical.close();
                } catch (SQLException | RuntimeException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }

        @Override
        public void close() throws SQLException {
            physical.close();
        }

        @Override
        public void addConnectionEventListener(ConnectionEventListener listener) {
            ConnectionEventListener forwarder = new ConnectionEventListener() {
                @Override
                public void connectionClosed(ConnectionEvent event) {
                    listener.connectionClosed(new ConnectionEvent(Closing.this, event.getSQLException()));
                }

                @Override
                public void connectionErrorOccurred(ConnectionEvent event) {
                    listener.connectionErrorOccurred(new ConnectionEvent(Closing.this, event.getSQLException()));
                }
            };
            if (forwarders.putIfAbsent(listener, forwarder) == null) {
                physical.addConnectionEventListener(forwarder);
            }
        }

        @Override
        public void removeConnectionEventListener(ConnectionEventListener listener) {
            ConnectionEventListener forwarder = forwarders.remove(listener);
            if (forwarder != null) {
                physical.removeConnectionEventListener(forwarder);
            }
        }

        @Override
        public void addStatementEventListener(StatementEventListener listener) {
            physical.addStatementEventListener(listener);
        }

        @Override
        public void removeStatementEventListener(StatementEventListener listener) {
            physical.removeStatementEventListener(listener);
        }
    }
}
