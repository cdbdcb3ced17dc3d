package org.verbatim.store;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The committed changes of a store, by generation: what each transaction touched. A client
 * follows the changes it has not seen instead of rebuilding what it derives from the store.
 */
interface ChangeFeed {
    /** Whether other processes write to the same store at the same time (a team project's server). */
    default boolean shared() {
        return false;
    }

    /** Takes the next generation for a writing transaction, locking it until the commit (see {@link Tx#lockForWriting}). */
    default long bump(Sql sql) {
        sql.update(Tx.BUMP);
        return Long.parseLong(sql.one("SELECT info_value FROM project_info WHERE info_key = 'generation'",
                rs -> rs.getString(1)).orElseThrow());
    }

    /** Inside the writing transaction, before it commits: what it touched at its new generation. */
    void record(Sql sql, long generation, Touched touched);

    /**
     * Takes the next generation, locking it, and records what the transaction has touched so far;
     * returns the generation. A team project's feed does both in one round trip.
     */
    default long bumpRecording(Sql sql, Touched touched) {
        long generation = bump(sql);
        record(sql, generation, touched);
        return generation;
    }

    /** The row written by {@link #bumpRecording}, rewritten because the transaction touched more after it. */
    default void rerecord(Sql sql, long generation, Touched touched) {
        record(sql, generation, touched);
    }

    /** After the transaction committed. */
    void committed(long generation, Touched touched);

    /** Every change after generation {@code since}, up to {@code latest}, merged. */
    StoreChanges since(Sql sql, long since, long latest);

    /** One committed change. */
    record Entry(long generation, boolean everything, Set<Long> documents) { }

    /** Merges entries, which must be every generation after {@code since} up to {@code latest}, in order. */
    static StoreChanges merge(List<Entry> entries, long since, long latest) {
        if (since > latest || entries.size() != latest - since) {
            return StoreChanges.unknown(latest);
        }
        boolean everything = false;
        Set<Long> documents = new TreeSet<>();
        long expected = since + 1;
        for (Entry e : entries) {
            if (e.generation() != expected++) {
                return StoreChanges.unknown(latest);
            }
            everything |= e.everything();
            documents.addAll(e.documents());
        }
        return new StoreChanges(latest, true, everything, documents);
    }
}
