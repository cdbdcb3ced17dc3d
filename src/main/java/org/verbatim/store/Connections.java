package org.verbatim.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a store's transactions get their connection, and give it back. */
interface Connections extends AutoCloseable {
    Connection take() throws SQLException;

    /** Gives back a connection; a broken one (its server went away) is thrown away. */
    void give(Connection connection, boolean broken);

    /** Starts a read-only transaction that sees one snapshot throughout. */
    void beginRead(Connection connection) throws SQLException;

    /** Whether a failure means the connection to the database was lost, not that the statement was wrong. */
    boolean isConnectionLost(SQLException e);

    @Override
    void close();
}
