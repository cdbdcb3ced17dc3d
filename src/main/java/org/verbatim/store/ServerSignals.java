package org.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on a connection of its own for the NOTIFY that follows each committed change. When
 * the connection is lost it connects again on the next wait, so a restarted server is followed
 * without the user doing anything; a wait that cannot connect just times out.
 */
final class ServerSignals implements ChangeSignals {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSignals.class);
    private final ServerConnections connections;
    private Connection listening;

    ServerSignals(ServerConnections connections) {
        this.connections = connections;
    }

    @Override
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        try {
            if (listening == null) {
                listening = connections.open();
                try (Statement s = listening.createStatement()) {
                    s.execute("LISTEN " + ServerChangeFeed.CHANNEL);
                }
                // Changes may have committed while no one listened: the caller reads the feed now.
                return true;
            }
            PGNotification[] got = listening.unwrap(PGConnection.class)
                    .getNotifications((int) Math.max(1, timeout.toMillis()));
            return got != null && got.length > 0;
        } catch (SQLException e) {
            LOG.debug("Listening for changes failed; connecting again on the next wait", e);
            drop();
            Thread.sleep(timeout.toMillis());
            return false;
        }
    }

    private void drop() {
        if (listening != null) {
            ServerConnections.closeQuietly(listening);
            listening = null;
        }
    }

    @Override
    public void close() {
        // Not synchronized: a wait in progress holds the lock; closing its connection ends it.
        Connection c = listening;
        if (c != null) {
            ServerConnections.closeQuietly(c);
        }
    }
}
