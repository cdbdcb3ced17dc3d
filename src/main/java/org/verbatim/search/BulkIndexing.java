package org.verbatim.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Indexes documents on background threads while the caller reads or imports the next ones.
 * A short queue bounds the memory held by documents waiting; when it is full the caller
 * indexes the document itself, which slows it to the indexing pace.
 */
public final class BulkIndexing {
    private final SearchIndex index;
    private final ThreadPoolExecutor pool;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    BulkIndexing(SearchIndex index, int threads) {
        this.index = index;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(threads * 4),
                r -> {
                    Thread t = new Thread(r, "verbatim-indexing");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /** Adds the turns of one document that is not in the index yet. */
    public void add(List<IndexedTurn> turns) {
        rethrow();
        pool.execute(() -> {
            try {
                index.add(turns);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                // Recorded, not left to kill the thread: finish() would then wait for work that never ends.
                failure.compareAndSet(null, e);
            }
        });
    }

    /** Waits until every document given is indexed. */
    public void finish() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                // keep waiting: the queue is short, so this ends soon
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new SearchIndexException("Indexing was interrupted", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable t = failure.get();
        if (t != null) {
            pool.shutdownNow();
            throw new SearchIndexException("The search index cannot be written: " + t.getMessage(), t);
        }
    }
}
