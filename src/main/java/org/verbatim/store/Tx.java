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

    Tx(Connection connection, ChangeFeed feed, String worker) {
        this.sql = new Sql(connection);
        this.feed = feed;
        this.worker = worker;
    }

    /** Who is working: the coder a change is made as unless it names another. */
    public String worker() {
        return worker;
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
     * Takes the next generation for this transaction and returns it. Updating the one row also
     * locks it until the commit, so writers run one after another.
     */
    long bumpGeneration() {
        return feed.bump(sql);
    }

    static final String BUMP = "UPDATE project_info SET info_value = CAST(CAST(info_value AS BIGINT) + 1 AS VARCHAR(20))"
            + " WHERE info_key = 'generation'";
}
