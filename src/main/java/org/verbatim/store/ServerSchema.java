package org.verbatim.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Checks, before any migration runs, that a server database is what the user said it is. */
final class ServerSchema {
    private ServerSchema() {
    }

    static void check(ServerConnections connections, ServerAddress address, ProjectStore.ServerOpening opening)
            throws SQLException {
        Connection c = connections.take();
        boolean broken = false;
        try {
            int tables = count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()");
            int history = count(c, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name = 'flyway_schema_history'");
            if (opening == ProjectStore.ServerOpening.CREATE && tables > 0) {
                throw new StoreException("The database " + address.database() + " on " + address.host()
                        + " is not empty (" + tables + " tables): a new team project needs an empty database");
            }
            if (opening == ProjectStore.ServerOpening.EXISTING && history == 0) {
                throw new StoreException("The database " + address.database() + " on " + address.host()
                        + " holds no Verbatim project (create one with: verbatim new PROJECT --server "
                        + address.url() + ")");
            }
        } catch (SQLException e) {
            broken = connections.isConnectionLost(e);
            throw e;
        } finally {
            connections.give(c, broken);
        }
    }

    private static int count(Connection c, String query) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
