package org.verbatim.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * it, and its open session keeps the stopped database registered in this process: an opening of
 * the project here meanwhile (always the next one, while the disk was still full) met "The
 * database has been closed" and took the file for damaged, and an open project stayed stopped.
 * Closed, the session goes, the stopped database with it, and the next connection or opening
 * starts afresh, as in a new process.
 */
final class ClosingPooledConnections {
    private ClosingPooledConnections() {
    }

    /**
     * {@code source}'s pooled connections, each wrapped. A proxy: the interface names
     * java.util.logging (getParentLogger), which only the log set-up may use.
     */
    static ConnectionPoolDataSource over(JdbcDataSource source) {
        return (ConnectionPoolDataSource) Proxy.newProxyInstance(ClosingPooledConnections.class.getClassLoader(),
                new Class<?>[] {ConnectionPoolDataSource.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(source, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return result instanceof PooledConnection physical ? new Closing(physical) : result;
                });
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
