package org.verbatim.store;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change feed of a team project: the table {@code change_feed}, one row per commit written
 * in the same transaction as the change. A trigger announces each row with NOTIFY when it
 * commits (migration V6), so other clients learn of it at once.
 */
final class ServerChangeFeed implements ChangeFeed {
    static final String CHANNEL = "verbatim_changes";

    @Override
    public boolean shared() {
        return true;
    }

    /** One round trip, not two: writers wait for each other's commits, so the locked part is kept short. */
    @Override
    public long bump(Sql sql) {
        return Long.parseLong(sql.one(Tx.BUMP + " RETURNING info_value", rs -> rs.getString(1)).orElseThrow());
    }

    /** One statement for the lock, the generation and the feed's row: the other writers wait while it runs. */
    @Override
    public long bumpRecording(Sql sql, Touched touched) {
        return sql.one("WITH g AS (" + Tx.BUMP + " RETURNING info_value) INSERT INTO change_feed (generation, everything,"
                + " documents) SELECT CAST(info_value AS BIGINT), ?, ? FROM g RETURNING generation",
                rs -> rs.getLong(1), touched.isEverything(), touched.documentList()).orElseThrow();
    }

    @Override
    public void rerecord(Sql sql, long generation, Touched touched) {
        sql.update("UPDATE change_feed SET everything = ?, documents = ? WHERE generation = ?",
                touched.isEverything(), touched.documentList(), generation);
    }

    @Override
    public void record(Sql sql, long generation, Touched touched) {
        sql.update("INSERT INTO change_feed (generation, everything, documents) VALUES (?,?,?)",
                generation, touched.isEverything(), touched.documentList());
    }

    @Override
    public void committed(long generation, Touched touched) {
        // The row is in the database; NOTIFY has told the others.
    }

    @Override
    public StoreChanges since(Sql sql, long since, long latest) {
        List<Entry> entries = sql.list("SELECT generation, everything, documents FROM change_feed"
                        + " WHERE generation > ? AND generation <= ? ORDER BY generation",
                rs -> new Entry(rs.getLong(1), rs.getBoolean(2), ids(rs.getString(3))), since, latest);
        return ChangeFeed.merge(entries, since, latest);
    }

    private static Set<Long> ids(String list) {
        return list.isEmpty() ? Set.of() : Arrays.stream(list.split(",")).map(Long::valueOf).collect(Collectors.toSet());
    }
}
