package org.verbatim.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens a project file that cannot be written (a read-only disk, a folder that is not the
 * user's, a full disk) for reading only, so documents can still be listed, shown, searched and
 * exported elsewhere.
 */
final class ReadOnlyOpening {
    private ReadOnlyOpening() {
    }

    static ProjectStore open(Path folder, H2Login login, StorageFault reason) {
        String url = H2Login.projectUrl(folder)
                + ";DB_CLOSE_ON_EXIT=FALSE;ACCESS_MODE_DATA=r" + login.urlSettings();
        if (reason == StorageFault.DISK_FULL) {
            forgetStopped(url, login);
        }
        if (!ProjectStore.refuseNewerSchema(url, login, folder)) {
            throw new StorageFaultException(reason, "Project " + folder.getFileName() + " was saved by an older"
                    + " Verbatim and must be upgraded before it can be opened, but " + reason.explain(folder), null);
        }
        JdbcConnectionPool pool = login.pool(url);
        try {
            pool.getConnection().close();
            return ProjectStore.readOnly(folder, login, pool, url, reason);
        } catch (SQLException e) {
            pool.dispose();
            throw new StoreException("Cannot open the project database in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A database H2 stopped because a write failed (the disk filled while this process had it
     * open, or while opening it) stays registered in this process, and every later connection
     * to the file is told "The database has been closed" — a full disk would then pass for a
     * damaged file. Opening the file once afresh ({@code OPEN_NEW}) takes the stopped one's place,
     * and closing it leaves none, so the next opening starts clean.
     */
    static void forgetStopped(String url, H2Login login) {
        try {
            login.connect(url + ";OPEN_NEW=TRUE").close();
        } catch (SQLException e) {
            // Nothing was stopped, or the file cannot be read: the opening that follows says which.
        }
    }

    /** Whether H2 opened a file for writing read-only after all (the file, not its folder, is read-only). */
    static StorageFault refusedWrites(Connections connections) {
        if (!(connections instanceof H2Connections)) {
            return null;
        }
        try {
            Connection c = connections.take();
            try (var rs = c.createStatement().executeQuery("SELECT READONLY()")) {
                return rs.next() && rs.getBoolean(1) ? StorageFault.READ_ONLY_DATABASE : null;
            } finally {
                connections.give(c, false);
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
