package org.verbatim.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A project's database, the single source of truth: a project file (H2, one researcher) or a
 * team project's PostgreSQL database. Use cases see no difference. Opening it creates or
 * upgrades the schema with Flyway; every change runs in one transaction that commits before
 * {@link #write} returns, so a crash never loses what the user was told was done.
 *
 * <p>Writes take the generation row first, so on a shared server they run one after another:
 * each sees every change committed before it (a code another coder just deleted is gone), and
 * the generation numbers the commits without gaps for the change feed. A coding, the write a
 * team makes most, reads first and takes the row only for its insert ({@link #writeReadingFirst}).
 */
public final class ProjectStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProjectStore.class);
    /** H2's "Database may be already in use" error code. */
    private static final int DATABASE_ALREADY_OPEN = 90020;

    private final Connections connections;
    private final ChangeFeed feed;
    private final ChangeSignals signals;
    private final String worker;
    private final String where;
    private final Path folder;
    private final StorageFaultException readOnly;
    private final StoreHealth health;

    private ProjectStore(Connections connections, ChangeFeed feed, ChangeSignals signals, String worker, String where) {
        this(connections, feed, signals, worker, where, null, null);
    }

    private ProjectStore(Connections connections, ChangeFeed feed, ChangeSignals signals, String worker, String where,
                         Path folder, StorageFault readOnly) {
        this.connections = connections;
        this.health = new StoreHealth(where, connections instanceof H2Connections);
        this.feed = feed;
        this.signals = signals;
        this.worker = worker;
        this.where = where;
        this.folder = folder;
        this.readOnly = readOnly == null ? null : new StorageFaultException(readOnly, readOnly.explain(folder), null);
    }

    /**
     * Opens (creating if needed) the database {@code project.mv.db} in {@code folder}.
     *
     * @throws StoreInUseException   when another process holds the database
     * @throws NewerSchemaException  when a newer Verbatim wrote it
     */
    public static ProjectStore open(Path folder) {
        return open(folder, null, null);
    }

    /**
     * Opens (creating if needed) the database of a project; an encrypted project's with
     * {@code key}'s database password (H2's AES file encryption), a plain one with a null key.
     * With a {@code readOnly} reason (the folder cannot be written), or when opening it for
     * writing fails because the disk is full, read-only or not the user's, it is opened for
     * reading only: every read works, and every write is refused with the reason
     * ({@link StorageFaultException}).
     */
    public static ProjectStore open(Path folder, ProjectKey key, StorageFault readOnly) {
        H2Login login = H2Login.of(key);
        if (readOnly != null) {
            return ReadOnlyOpening.open(folder, login, readOnly);
        }
        try {
            ProjectStore store = openForWriting(folder, login);
            StorageFault refused = ReadOnlyOpening.refusedWrites(store.connections);
            if (refused != null) {
                store.close();
                return ReadOnlyOpening.open(folder, login, refused);
            }
            return store;
        } catch (StoreException e) {
            // Damage is not a fault of the medium: opening it read-only would fail the same way,
            // and the damaged file's lock is still held by the attempt that found it.
            StorageFault fault = e instanceof DamagedStoreException ? null : StorageFault.of(e).orElse(null);
            if (fault == null || !Files.isRegularFile(folder.resolve("project.mv.db"))) {
                throw e;
            }
            if (fault == StorageFault.READ_ONLY_DATABASE && Files.isWritable(folder.resolve("project.mv.db"))) {
                // H2 opens read-only both a file it cannot write to a full disk and one it cannot
                // make sense of. The file may be written, so it is not the file's permissions: if
                // it can be read, the disk refused the writes; if not, the damage is the answer.
                try {
                    return ReadOnlyOpening.open(folder, login, StorageFault.DISK_FULL);
                } catch (StoreException unreadable) {
                    throw e;
                }
            }
            return ReadOnlyOpening.open(folder, login, fault);
        }
    }

    /** A plain project's database, as {@link #open(Path, ProjectKey, StorageFault)}. */
    public static ProjectStore open(Path folder, StorageFault readOnly) {
        return open(folder, null, readOnly);
    }

    /** An encrypted project's database ({@code key} null: a plain one), opened for writing if it can be. */
    public static ProjectStore open(Path folder, ProjectKey key) {
        return open(folder, key, null);
    }

    /** A store over an H2 database opened with {@code ACCESS_MODE_DATA=r}, refusing writes for {@code reason}. */
    static ProjectStore readOnly(Path folder, H2Login login, JdbcConnectionPool pool, String url, StorageFault reason) {
        return new ProjectStore(new H2Connections(url, login, pool), new LocalChangeFeed(), ChangeSignals.NONE,
                System.getProperty("user.name", "coder"), folder.toString(), folder, reason);
    }

    /** What made this store open for reading only, if it did: the kind of fault behind {@link #readOnlyReason()}. */
    public java.util.Optional<StorageFault> readOnlyFault() {
        return java.util.Optional.ofNullable(readOnly).map(StorageFaultException::fault);
    }

    /** Why this store refuses every write, if it was opened for reading only. */
    public java.util.Optional<String> readOnlyReason() {
        return java.util.Optional.ofNullable(readOnly).map(Throwable::getMessage);
    }

    private static ProjectStore openForWriting(Path folder, H2Login login) {
        String base = H2Login.projectUrl(folder) + ";DB_CLOSE_ON_EXIT=FALSE"
                + login.urlSettings();
        boolean upToDate = false;
        if (Files.exists(folder.resolve("project.mv.db"))) {
            // Opening read-write rewrites the file (H2 compacts it on close): a project saved by a
            // newer Verbatim is checked read-only first, so refusing it leaves it untouched.
            upToDate = refuseNewerSchema(base + ";ACCESS_MODE_DATA=r", login, folder);
        }
        // WRITE_DELAY=0: H2 otherwise writes a commit up to half a second later, so a crash right
        // after "done" would lose it (CrashSafetyTest proves the difference).
        // MAX_COMPACT_TIME=0: no in-place compaction on close, the code path of H2's known
        // compaction bugs (h2database#4086, #4247); closing rewrites a bloated file instead.
        String url = base + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        JdbcConnectionPool pool = login.pool(url);
        try {
            pool.getConnection().close();
            if (!upToDate) {
                Migrations.forFile(pool, folder).migrate();
            }
            return new ProjectStore(new H2Connections(url, login, pool), new LocalChangeFeed(), ChangeSignals.NONE,
                    System.getProperty("user.name", "coder"), folder.toString(), folder, null);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException("The database is in use by another process", e);
            }
            throw cannotOpen(folder, e);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static StoreException cannotOpen(Path folder, Exception e) {
        return StoreDamage.isDamage(e) ? new DamagedStoreException(folder.toString(), StoreDamage.reason(e), e)
                : new StoreException("Cannot open the project database in " + folder + ": " + e.getMessage(), e);
    }

    /** Refuses a newer schema; returns whether the schema is exactly the newest known, so needs no migration. */
    static boolean refuseNewerSchema(String readOnlyUrl, H2Login login, Path folder) {
        JdbcConnectionPool readOnly = login.pool(readOnlyUrl);
        try {
            try (Connection c = readOnly.getConnection()) {
                if (SchemaVersions.upToDate(c)) {
                    return true;
                }
            }
            Migrations.forFile(readOnly, folder).refuseNewer();
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreInUseException("The database is in use by another process", e);
            }
            throw cannotOpen(folder, e);
        } finally {
            readOnly.dispose();
        }
    }

    /** How a team project's database is opened. */
    public enum ServerOpening {
        /** The database must be empty; the project schema is created in it. */
        CREATE,
        /** The database must already hold a Verbatim project; a newer schema version is migrated to. */
        EXISTING
    }

    /**
     * Opens a team project's database on a PostgreSQL server as {@code address.user()}.
     *
     * @param password the user's password, or null when the server asks for none
     * @param worker   the coder that changes are made as, unless a use case names another
     * @throws ServerUnreachableException when the server does not answer
     */
    public static ProjectStore openServer(ServerAddress address, String password, String worker, ServerOpening opening) {
        ServerConnections connections = new ServerConnections(address, password);
        try {
            ServerSchema.check(connections, address, opening);
            Migrations.forServer(dataSource(address, password), address).migrate();
            return new ProjectStore(connections, new ServerChangeFeed(), new ServerSignals(connections),
                    worker == null ? address.user() : worker, address.url());
        } catch (SQLException e) {
            connections.close();
            if (connections.isConnectionLost(e)) {
                throw unreachable(address.url(), e);
            }
            throw new StoreException("Cannot open the team project at " + address + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    private static PGSimpleDataSource dataSource(ServerAddress address, String password) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(address.jdbcUrl());
        for (var setting : ServerConnections.properties(address, password).entrySet()) {
            ds.setProperty(setting.getKey().toString(), setting.getValue().toString());
        }
        return ds;
    }

    static ServerUnreachableException unreachable(String where, SQLException e) {
        return new ServerUnreachableException("The server of " + where + " cannot be reached (" + e.getMessage()
                + "); the project is read-only until it is back", e);
    }

    /** The coder changes are made as unless a use case names another: a team folder's coder or database user, else the OS user. */
    public String worker() {
        return worker;
    }

    /** Runs {@code work} in one transaction, commits it, and returns its result. */
    public <T> T write(Function<Tx, T> work) {
        return write(work, Lock.FIRST);
    }

    private <T> T write(Function<Tx, T> work, Lock lock) {
        if (readOnly != null) {
            throw new StorageFaultException(readOnly.fault(), readOnly.getMessage(), null);
        }
        health.beforeWrite(connections);
        if (connections instanceof H2Connections h2) {
            h2.reopenForWriting();
        }
        try {
            return run(work, lock);
        } catch (StoreException e) {
            throw toldAsFault(e);
        }
    }

    /**
     * As {@link #write}, but on a team project the writers' lock is taken only at the work's
     * first write statement (or when it calls {@link Tx#lockForWriting}), so what the work reads
     * first does not hold the other writers up. What it read before the lock may have changed
     * by the time it holds it: the work checks what it relies on (see {@link Tx#lockedFromStart}).
     * On a project file, where one process writes, the lock is taken first as for {@link #write}.
     */
    public <T> T writeReadingFirst(Function<Tx, T> work) {
        return write(work, feed.shared() ? Lock.AT_FIRST_WRITE : Lock.FIRST);
    }

    /** Runs read-only {@code work} on a consistent snapshot. */
    public <T> T read(Function<Tx, T> work) {
        try {
            return run(work, Lock.NONE);
        } catch (StoreException e) {
            // After a write found the disk full H2 stops the database; if even a read fails on the
            // still full disk, the store goes on for reading only.
            if (!readingOnAfter(e)) {
                throw toldAsFault(e);
            }
            return run(work, Lock.NONE);
        }
    }

    /** A full disk is not damage: the transaction rolled back and the file is intact; the user hears the reason. */
    private StoreException toldAsFault(StoreException e) {
        StorageFault fault = e instanceof StorageFaultException || folder == null ? null : StorageFault.of(e).orElse(null);
        return fault == null ? e : new StorageFaultException(fault, fault.explain(folder), e);
    }

    /**
     * When the disk of a project file filled while it was open, H2 stopped the database at the
     * write the disk refused, and it may fail reads too while the disk stays full (it writes even
     * while reading, to store what opening the file left pending). The file is intact: reads go
     * on through the file opened read-only, and the next write opens it for writing again, so
     * once space is free changes work again without reopening the project. Returns whether reads
     * went on so.
     */
    private boolean readingOnAfter(RuntimeException failure) {
        if (!(connections instanceof H2Connections h2) || folder == null || readOnly != null
                || StorageFault.of(failure).orElse(null) != StorageFault.DISK_FULL) {
            return false;
        }
        LOG.warn("The disk of {} is full and the database stopped at a write; reading on read-only", folder, failure);
        h2.reopenForReading();
        return true;
    }

    /** When a transaction takes the writers' lock. */
    private enum Lock { NONE, FIRST, AT_FIRST_WRITE }

    /**
     * Reads the whole project file through, every row and every page, and returns what cannot be
     * read (empty when all reads; always empty for a team project, whose server checks its own).
     * The file is read once per opening; once damage is found, every write is refused.
     */
    public List<String> damage() {
        try {
            return health.damage(connections);
        } catch (StoreException e) {
            if (!readingOnAfter(e)) {
                throw e;
            }
            return health.damage(connections);
        }
    }

    /** Changes committed after {@code generation}, by anyone, up to now. */
    public StoreChanges changesSince(long generation) {
        return read(tx -> tx.changesSince(generation));
    }

    /**
     * Waits until the server announces a change or {@code timeout} passes; returns whether one was
     * announced. A project file has no one else writing to it, so this just waits.
     */
    public boolean awaitChange(Duration timeout) throws InterruptedException {
        return signals.await(timeout);
    }

    private <T> T run(Function<Tx, T> work, Lock lock) {
        boolean writable = lock != Lock.NONE;
        Connection c;
        try {
            c = connections.take();
        } catch (SQLException e) {
            throw connections.isConnectionLost(e) ? unreachable(where, e)
                    : new StoreException("Database error: " + e.getMessage(), e);
        }
        boolean broken = false;
        try {
            c.setAutoCommit(false);
            try {
                if (!writable) {
                    connections.beginRead(c);
                }
                Tx tx = new Tx(c, feed, worker);
                if (lock == Lock.FIRST) {
                    tx.lockFromStart();
                }
                T result = work.apply(tx);
                long generation = writable ? tx.lockedGeneration() : 0;
                if (writable && tx.recordedWithLock() == null) {
                    feed.record(tx.sql(), generation, tx.touched());
                } else if (writable && !tx.recordedWithLock().equals(tx.touched().asStored())) {
                    feed.rerecord(tx.sql(), generation, tx.touched());
                }
                c.commit();
                if (writable) {
                    feed.committed(generation, tx.touched());
                }
                return result;
            } catch (RuntimeException e) {
                RuntimeException lost = lostConnection(e);
                broken = rollback(c) || lost != null;
                throw lost != null ? lost : health.noticed(e);
            } catch (Error e) {
                broken = rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            broken = connections.isConnectionLost(e);
            throw broken ? unreachable(where, e) : health.noticed(new StoreException("Database error: " + e.getMessage(), e));
        } finally {
            connections.give(c, broken);
        }
    }

    /** Rolls back; returns true when the connection turned out to be lost. */
    private boolean rollback(Connection c) {
        try {
            c.rollback();
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    /** A statement that failed because the server went away, as the user should hear of it; null for any other failure. */
    private RuntimeException lostConnection(RuntimeException e) {
        if (e instanceof ServerUnreachableException) {
            return e;
        }
        if (e instanceof StoreException && e.getCause() instanceof SQLException s && connections.isConnectionLost(s)) {
            return unreachable(where, s);
        }
        return null;
    }

    @Override
    public void close() {
        signals.close();
        connections.close();
    }
}
