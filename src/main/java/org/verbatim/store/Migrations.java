package org.verbatim.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The project schema's Flyway migrations. The same files under {@code db/migration} make the
 * schema of a project file (H2) and of a team project (PostgreSQL); the placeholder
 * {@code ${clob}} names each database's type for long text. A team project's own pieces (the
 * change feed, who may change what) are in {@code db/team}, which only PostgreSQL runs.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
    /**
     * The checksum of V1 as Verbatim 0.1 shipped it, before it was made to run on PostgreSQL
     * too (decision 5): a project file created then holds this checksum, and the schema it
     * describes is the one the portable V1 makes on H2.
     */
    static final int V1_CHECKSUM_BEFORE_PORTABLE = -370579622;

    private final Flyway flyway;
    private final String what;

    private Migrations(Flyway flyway, String what) {
        this.flyway = flyway;
        this.what = what;
    }

    static Migrations forFile(DataSource dataSource, Path folder) {
        return new Migrations(configure(dataSource, Map.of("clob", "CLOB"), "classpath:db/migration"),
                "The project " + folder.getFileName());
    }

    static Migrations forServer(DataSource dataSource, ServerAddress address) {
        return new Migrations(configure(dataSource, Map.of("clob", "TEXT"), "classpath:db/migration", "classpath:db/team"),
                "The team project at " + address.url());
    }

    private static Flyway configure(DataSource dataSource, Map<String, String> placeholders, String... locations) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(locations)
                .placeholders(placeholders)
                .loggers("slf4j")
                .load();
    }

    /** Creates or upgrades the schema; refuses one made by a newer Verbatim. */
    void migrate() {
        refuseNewer();
        acceptPortableV1();
        if (flyway.info().pending().length == 0) {
            // Up to date: nothing to lock or write (a team member who does not own the schema may
            // not write Flyway's history table).
            return;
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("{}: schema migrated to version {}", what, result.targetSchemaVersion);
        }
    }

    void refuseNewer() {
        MigrationInfo[] all = flyway.info().all();
        MigrationInfo[] future = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String newest = future[future.length - 1].getVersion().getVersion();
            String known = Arrays.stream(all)
                    .filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("none");
            throw new NewerSchemaException(what + " was saved by a newer version of Verbatim (schema version " + newest
                    + "; this version knows up to " + known + "). Install the newer Verbatim to open it.");
        }
    }

    /**
     * A project file made before V1 became portable recorded V1's old checksum, and Flyway would
     * refuse to migrate it. Only that exact checksum is accepted, by recording the new one
     * (Flyway's repair); any other difference still stops the migration.
     */
    private void acceptPortableV1() {
        for (MigrationInfo m : flyway.info().applied()) {
            if (m.getVersion() != null && m.getVersion().getVersion().equals("1")
                    && m.getChecksum() != null && m.getChecksum() == V1_CHECKSUM_BEFORE_PORTABLE) {
                LOG.info("{}: recording the checksum of the portable V1 migration", what);
                flyway.repair();
                return;
            }
        }
    }
}
