package org.verbatim.store;

import java.sql.Connection;

/**
 * One transaction on the project database, and the tables it can reach. A {@code Tx} is only
 * valid inside the {@link ProjectStore#write} or {@link ProjectStore#read} call that made it.
 */
public final class Tx {
    private final Sql sql;
    private final boolean writable;

    Tx(Connection connection, boolean writable) {
        this.sql = new Sql(connection);
        this.writable = writable;
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

    void bumpGeneration() {
        if (writable) {
            sql.update("UPDATE project_info SET info_value = CAST(CAST(info_value AS BIGINT) + 1 AS VARCHAR)"
                    + " WHERE info_key = 'generation'");
        }
    }
}
