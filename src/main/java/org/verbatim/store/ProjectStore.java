package org.verbatim.store;

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

    private final JdbcConnectionPool pool;

    private ProjectStore(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * Opens (creating if needed) the database {@code project.mv.db} in {@code folder}.
     *
     * @throws StoreInUseException   when another process holds the database
     * @throws NewerSchemaException  when a newer Verbatim wrote it
     */
    public static ProjectStore open(Path folder) {
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("project") + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "verbatim", "");
        try {
            pool.getConnection().close();
            migrate(pool, folder);
            return new ProjectStore(pool);
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

    private static void migrate(JdbcConnectionPool pool, Path folder) {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
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
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Project schema of {} migrated to version {}", folder, result.targetSchemaVersion);
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

    @Override
    public void close() {
        // Disposing the pool closes its last connection, and H2 closes the database with it. A
        // SHUTDOWN through a pooled connection instead made the pool roll back a dead connection,
        // which H2 recorded as an error in project.trace.db, inside the user's project folder.
        if (pool.getActiveConnections() > 0) {
            LOG.warn("Closing the project database with {} connections still in use", pool.getActiveConnections());
        }
        pool.dispose();
    }
}
