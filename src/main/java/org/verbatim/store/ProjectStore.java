package org.verbatim.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project database (H2, file mode): the single source of truth. Opening it creates or
 * upgrades the schema with Flyway; every change runs in one transaction that commits before
 * {@link #write} returns, so a crash never loses what the user was told was done.
 */
public final class ProjectStore implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);
    /** H2's "Database may be already in use" error code. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    /** Past this size a file that is mostly dead space is rewritten on close. */
    private static final long COMPACT_ABOVE_BYTES = 4L * 1024 * 1024;
    /** Percentage of live data in the file's chunks below which it counts as mostly dead space. */
    private static final int COMPACT_BELOW_FILL_PERCENT = 50;

    private final String url;
    private final JdbcConnectionPool pool;

    private ProjectStore(String url, JdbcConnectionPool pool) {
        this.url = url;
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database {@code project.mv.db} in {@code folder}.
     *
     * @throws StoreInUseException   when another process holds the database
     * @throws NewerSchemaException  when a newer Verbatim wrote it
     */
    public static ProjectStore open(Path folder) {
        String base = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("project") + ";DB_CLOSE_ON_EXIT=FALSE";
        boolean upToDate = false;
        if (Files.exists(folder.resolve("project.mv.db"))) {
            // Opening read-write rewrites the file (H2 compacts it on close): a project saved by a
            // newer Verbatim is checked read-only first, so refusing it leaves it untouched.
            upToDate = refuseNewerSchema(base + ";ACCESS_MODE_DATA=r", folder);
        }
        // WRITE_DELAY=0: H2 otherwise writes a commit up to half a second later, so a crash right
        // after "done" would lose it (CrashSafetyTest proves the difference).
        // MAX_COMPACT_TIME=0: no in-place compaction on close, the code path of H2's known
        // compaction bugs (h2database#4086, #4247); close() rewrites a bloated file instead.
        String url = base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "verbatim", "");
        try {
            pool.getConnection().close();
            if (!upToDate) {
                migrate(pool, folder);
            }
            return new ProjectStore(url, pool);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException("The database is in use by another process", e);
            }
            throw new StoreException("Cannot open the project database in " + folder + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /** Refuses a newer schema; returns whether the schema is exactly the newest known, so needs no migration. */
    private static boolean refuseNewerSchema(String readOnlyUrl, Path folder) {
        JdbcConnectionPool readOnly = JdbcConnectionPool.create(readOnlyUrl, "verbatim", "");
        try {
            try (Connection c = readOnly.getConnection()) {
                if (SchemaVersions.upToDate(c)) {
                    return true;
                }
            }
            checkNotNewer(flyway(readOnly), folder);
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException("The database is in use by another process", e);
            }
            throw new StoreException("Cannot open the project database in " + folder + ": " + e.getMessage(), e);
        } finally {
            readOnly.dispose();
        }
    }

    private static Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    private static void migrate(JdbcConnectionPool pool, Path folder) {
        Flyway flyway = flyway(pool);
        checkNotNewer(flyway, folder);
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Project schema of {} migrated to version {}", folder, result.targetSchemaVersion);
        }
    }

    private static void checkNotNewer(Flyway flyway, Path folder) {
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String newest = future[future.length - 1].getVersion().getVersion();
            String known = Arrays.stream(flyway.info().all())
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("none");
            throw new NewerSchemaException("The project " + folder.getFileName()
                    + " was saved by a newer version of Verbatim (schema version " + newest
                    + "; this version knows up to " + known + "). Install the newer Verbatim to open it.");
        }
    }

    /** Runs {@code work} in one transaction, commits it, and returns its result. */
    public <T> T write(Function<Tx, T> work) {
        return run(work, true);
    }

    /** Runs read-only {@code work} on a consistent snapshot. */
    public <T> T read(Function<Tx, T> work) {
        return run(work, false);
    }

    private <T> T run(Function<Tx, T> work, boolean writable) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                Tx tx = new Tx(c, writable);
                T result = work.apply(tx);
                tx.bumpGeneration();
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Database error: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the database: H2 closes it when its last connection closes. (A SHUTDOWN through a
     * pooled connection made the pool's own close fail and log a stack trace into
     * {@code project.trace.db} in the project folder on every close.)
     */
    @Override
    public void close() {
        boolean bloated = isMostlyDeadSpace();
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
        try (Connection c = java.sql.DriverManager.getConnection(url, "verbatim", "");
             var statement = c.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
            LOG.info("Compacted the project database {}", url);
        } catch (SQLException e) {
            // The data is intact either way: compacting only reclaims space.
            LOG.warn("Compacting the project database failed", e);
        }
    }
}
