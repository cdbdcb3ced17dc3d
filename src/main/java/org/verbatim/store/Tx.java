package org.verbatim.store;

import java.sql.Connection;

/**
 * One transaction on the project database, and the tables it can reach. A {@code Tx} is only
 * valid inside the {@link ProjectStore#write} or {@link ProjectStore#read} call that made it.
 */
public final class Tx {
    private final Sql sql;
    private final Touched touched = new Touched();
    private final ChangeFeed feed;
    private final String worker;
    private long lockedAt = -1;
    private boolean locking;
    private boolean lockedFromStart;
    private String recorded;

    Tx(Connection connection, ChangeFeed feed, String worker) {
        this.sql = new Sql(connection);
        this.feed = feed;
        this.worker = worker;
        sql.beforeWrite(this::lockForWriting);
    }

    /** Who is working: the coder a change is made as unless it names another. */
    public String worker() {
        return worker;
    }

    /** The coder named, or else the one working (the OS user; on a team project the database user). */
    public String coderOr(String named) {
        return named == null || named.isBlank() ? worker : named.strip();
    }

    public DocumentTable documents() {
        return new DocumentTable(sql);
    }

    public TurnTable turns() {
        return new TurnTable(sql);
    }

    public ParticipantTable participants() {
        return new ParticipantTable(sql);
    }

    public AttributeTable attributes() {
        return new AttributeTable(sql);
    }

    public SpeakerMapTable speakerMaps() {
        return new SpeakerMapTable(sql);
    }

    public CodeTable codes() {
        return new CodeTable(sql);
    }

    public CoderTable coders() {
        return new CoderTable(sql);
    }

    public SegmentTable segments() {
        return new SegmentTable(sql);
    }

    public MemoTable memos() {
        return new MemoTable(sql);
    }

    public QuoteMarkTable quoteMarks() {
        return new QuoteMarkTable(sql);
    }

    /** The roles of a team project's members; a project file has none. */
    public TeamMemberTable teamMembers() {
        return new TeamMemberTable(sql);
    }

    public VersionTable versions() {
        return new VersionTable(sql);
    }

    /**
     * The store's generation: a number that grows with every committed change, so derived data
     * (the search index) can tell whether it is up to date.
     */
    public long generation() {
        return Long.parseLong(sql.one("SELECT info_value FROM project_info WHERE info_key = 'generation'",
                rs -> rs.getString(1)).orElse("0"));
    }

    /**
     * What this transaction changed that derived data (the search index) must follow; it goes
     * into the change feed with the commit.
     */
    public Touched touched() {
        return touched;
    }

    /** The changes committed after {@code generation}, by anyone, up to this transaction's view. */
    public StoreChanges changesSince(long generation) {
        return feed.since(sql, generation, generation());
    }

    Sql sql() {
        return sql;
    }

    /**
     * Takes the writers' lock and this transaction's generation, unless it holds them already:
     * updating the one generation row locks it until the commit, so writers run one after
     * another. Every write statement takes them first by itself; work that reads before it
     * writes ({@link ProjectStore#writeReadingFirst}) calls this before it relies on what it read.
     */
    public void lockForWriting() {
        lockWith(() -> feed.bump(sql));
    }

    /**
     * As {@link #lockForWriting}, and records in the change feed what the transaction has
     * touched so far in the same round trip (on a team project's server): for work that knows
     * before it locks all it will touch, so that holding the lock costs one round trip less.
     * Anything touched later is recorded before the commit as ever.
     */
    public void lockRecording() {
        if (lockWith(() -> feed.bumpRecording(sql, touched))) {
            recorded = touched.asStored();
        }
    }

    /** Takes the lock with {@code bump} unless it is held or being taken; returns whether it took it now. */
    private boolean lockWith(java.util.function.LongSupplier bump) {
        if (lockedAt >= 0 || locking) {
            return false;
        }
        locking = true;
        try {
            lockedAt = bump.getAsLong();
            return true;
        } finally {
            locking = false;
        }
    }

    /** What the change feed's row holds already, if {@link #lockRecording} wrote it; null if not. */
    String recordedWithLock() {
        return recorded;
    }

    /** Locks before the work reads anything: what it reads is then current for the whole transaction. */
    void lockFromStart() {
        lockForWriting();
        lockedFromStart = true;
    }

    /**
     * Whether this transaction took the writers' lock before it read anything, so nothing it
     * read can have been changed by another writer before its commit. False for work that
     * reads first on a team project, until it takes the lock and checks what it read.
     */
    public boolean lockedFromStart() {
        return lockedFromStart;
    }

    /** The generation this transaction commits as; taken with the lock. */
    long lockedGeneration() {
        lockForWriting();
        return lockedAt;
    }

    static final String BUMP = "UPDATE project_info SET info_value = CAST(CAST(info_value AS BIGINT) + 1 AS VARCHAR(20))"
            + " WHERE info_key = 'generation'";
}
