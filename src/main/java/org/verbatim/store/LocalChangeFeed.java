package org.verbatim.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The change feed of a project file: only this process can write to it (it holds the file's
 * lock), so the feed is the changes committed since the store was opened, kept in memory.
 */
final class LocalChangeFeed implements ChangeFeed {
    private static final int KEPT = 10_000;
    private final Deque<Entry> entries = new ArrayDeque<>();

    @Override
    public void record(Sql sql, long generation, Touched touched) {
        // Nothing to write: the change is kept once it has committed.
    }

    @Override
    public synchronized void committed(long generation, Touched touched) {
        entries.addLast(new Entry(generation, touched.isEverything(), Set.copyOf(touched.documentIds())));
        if (entries.size() > KEPT) {
            entries.removeFirst();
        }
    }

    @Override
    public synchronized StoreChanges since(Sql sql, long since, long latest) {
        List<Entry> after = new ArrayList<>();
        for (Entry e : entries) {
            if (e.generation() > since && e.generation() <= latest) {
                after.add(e);
            }
        }
        return ChangeFeed.merge(after, since, latest);
    }
}
