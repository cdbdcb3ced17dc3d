package org.verbatim.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.model.Document;
import org.verbatim.search.BulkIndexing;
import org.verbatim.search.IndexedTurn;
import org.verbatim.search.SearchIndex;
import org.verbatim.search.SearchIndexException;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.StoreChanges;
import org.verbatim.store.Tx;

/**
 * Keeps the search index ({@code NAME.verbatim/index/}) in step with the store. Write use
 * cases run through {@link #write}: after their transaction commits, the documents they
 * changed are indexed again and the index commits the store's new generation. An index found
 * missing, stale, damaged or of an older format is rebuilt from the store the next time a
 * search needs it; a write meanwhile leaves it stale rather than patching it. A failure of the
 * index never fails a use case: the store is the truth, and the index is rebuilt from it.
 * The index is opened only when first needed, so commands that do not touch it pay nothing.
 */
final class SearchIndexSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexSync.class);
    private static final int INDEXING_THREADS = 2;

    private final ProjectStore store;
    private final IndexStorage storage;
    private final AtomicInteger followers = new AtomicInteger();
    /**
     * How long followed changes may stay in memory before the index is flushed to disk. Alone,
     * a crash loses what is not flushed and the index is rebuilt; a team project's index catches
     * up from the server's change feed instead, so it is flushed less often: each flush costs
     * every member's computer a segment write while the team codes.
     */
    private static final Duration DURABLE_ALONE = Duration.ofSeconds(3);
    private static final Duration DURABLE_WHEN_FOLLOWED = Duration.ofSeconds(15);
    private SearchIndex index;
    /** The index was found damaged: the rebuild tells the user why it happens. */
    private boolean damaged;

    SearchIndexSync(ProjectStore store, Path folder) {
        this(store, IndexStorage.inFolder(folder));
    }

    SearchIndexSync(ProjectStore store, IndexStorage storage) {
        this.store = store;
        this.storage = storage;
    }

    /**
     * Runs a use case in one store transaction, then updates the index with what it says it
     * changed; while a {@link ChangeFollower} follows the store, it updates the index instead, so
     * the change is done (and the caller goes on) as soon as it has committed. The store write
     * does not wait for the index: a follower catching up meanwhile does not hold up a coding.
     */
    <T> T write(BiFunction<Tx, IndexChanges, T> work) {
        return write(work, false);
    }

    /** As {@link #write}, with {@link ProjectStore#writeReadingFirst}: the work reads before it takes the writers' lock. */
    <T> T writeReadingFirst(BiFunction<Tx, IndexChanges, T> work) {
        return write(work, true);
    }

    private <T> T write(BiFunction<Tx, IndexChanges, T> work, boolean readingFirst) {
        IndexChanges changes = new IndexChanges();
        Function<Function<Tx, T>, T> writing =
                readingFirst ? store::writeReadingFirst : store::write;
        T result = StoreFailures.asProjectFailures(() -> writing.apply(tx -> {
            T done = work.apply(tx, changes);
            tx.touched().documents(changes.documents());
            if (changes.isEverything()) {
                tx.touched().everything();
            }
            return done;
        }));
        if (followers.get() == 0) {
            catchUpAfterCommit();
        }
        return result;
    }

    /** A follower started (or, with false, stopped) bringing the index up to date after every commit. */
    void followed(boolean started) {
        followers.addAndGet(started ? 1 : -1);
    }

    /** After a commit: the change is done whatever happens to the index now, so nothing here may fail it. */
    private void catchUpAfterCommit() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.warn("The search index could not follow a committed change; it catches up later", e);
        }
    }

    /**
     * Brings the index up to the store by applying the changes committed since its generation
     * (this client's and, on a team project, everyone's), as the store's change feed tells
     * them. Returns whether the index is now current; when it is not (the feed no longer reaches
     * back to the index's generation, or the index cannot be read) it is left to be rebuilt
     * when a search next needs it.
     */
    synchronized boolean catchUp() {
        SearchIndex current = opened();
        if (current == null || current.generation().isEmpty()) {
            return false;
        }
        long indexed = current.generation().getAsLong();
        StoreChanges changes = store.changesSince(indexed);
        if (!changes.complete()) {
            return false;
        }
        if (changes.generation() == indexed) {
            return true;
        }
        return guarded(() -> store.read(tx -> {
            // Read now, a document may be newer than the feed said: the next catch-up reads it again.
            IndexedTurns turns = new IndexedTurns(tx);
            Iterable<Long> documents = changes.everything()
                    ? tx.documents().listWithoutText().stream().map(Document::id).toList() : changes.documents();
            if (changes.everything()) {
                current.clear();
            }
            for (long id : documents) {
                current.replace(id, turns.of(tx, id));
            }
            current.advance(changes.generation(), followers.get() > 0 ? DURABLE_WHEN_FOLLOWED : DURABLE_ALONE);
            return null;
        }));
    }

    /**
     * Runs an import whose files commit one by one. Each document is read for the index inside
     * the transaction that stores it (where its data is at hand, and no second reader competes
     * with the import for the database), indexed on a background thread once committed while
     * the next file is read, and the index commits once at the end.
     */
    synchronized ImportReport importFiles(Importer importer, ImportRequest request, Progress progress) {
        long start = store.read(Tx::generation);
        SearchIndex current = currentAt(start);
        if (current == null) {
            return StoreFailures.asProjectFailures(() -> importer.run(request, progress, (tx, id) -> {
                tx.touched().documents(List.of(id));
                return () -> { };
            }));
        }
        IndexedTurns turns = store.read(IndexedTurns::new);
        BulkIndexing bulk = current.bulk(1);
        boolean[] following = {true};
        long[] last = {start};
        int[] commits = {0};
        try {
            return StoreFailures.asProjectFailures(() -> importer.run(request, progress, (tx, id) -> {
                tx.touched().documents(List.of(id));
                last[0] = tx.generation();
                commits[0]++;
                List<IndexedTurn> read = following[0] ? turns.of(tx, id) : List.of();
                return () -> {
                    if (following[0]) {
                        following[0] = guarded(() -> bulk.add(read));
                    }
                };
            }));
        } finally {
            guarded(() -> {
                bulk.finish();
                if (following[0]) {
                    // Others' commits between the import's files (on a team project) are not in the
                    // index yet: then it stays at where the import began and catches up from the feed.
                    current.commit(last[0] - start == commits[0] ? last[0] : start);
                }
            });
            catchUpAfterCommit();
        }
    }

    /**
     * Indexes documents that are not in the index yet, reading them on this thread and indexing
     * on others. Returns false when cancelled, leaving the index to be rebuilt when next needed.
     */
    private static boolean index(SearchIndex index, Tx tx, List<Document> documents, Progress progress) {
        IndexedTurns turns = new IndexedTurns(tx);
        BulkIndexing bulk = index.bulk(INDEXING_THREADS);
        try {
            for (int i = 0; i < documents.size(); i++) {
                if (progress.isCancelled()) {
                    return false;
                }
                progress.update(i, documents.size(), "Indexing " + documents.get(i).name());
                bulk.add(turns.of(tx, documents.get(i).id()));
            }
        } finally {
            bulk.finish();
        }
        progress.update(documents.size(), documents.size(), "Indexed " + documents.size() + " documents");
        return true;
    }

    /**
     * Searches, first rebuilding the index when it is missing, stale or unreadable (reporting
     * the rebuild's progress), and once more when the index turns out damaged while searching.
     */
    synchronized SearchResult search(SearchRequest request, Progress progress) {
        SearchIndex current = current(progress);
        try {
            return current.search(request);
        } catch (SearchIndexException e) {
            LOG.warn("The search index failed while searching; rebuilding it", e);
            damaged |= e.damaged();
            return rebuild(progress).search(request);
        }
    }

    /** The index, rebuilt first if it does not reflect the store. */
    synchronized SearchIndex current(Progress progress) {
        catchUp();
        SearchIndex current = currentAt(store.read(Tx::generation));
        return current != null ? current : rebuild(progress);
    }

    /** Rebuilds the index from the store, whatever state it is in. */
    synchronized SearchIndex rebuild(Progress progress) {
        abandon();
        if (damaged) {
            progress.update(0, 1, "The search index was damaged; rebuilding it from the database");
            damaged = false;
        }
        try {
            index = storage.create();
        } catch (SearchIndexException | IOException | UncheckedIOException e) {
            abandon();
            throw new ProjectException("Cannot build the search index in " + storage.where() + ": " + StorageFaults.reason(e), e);
        }
        try {
            store.read(tx -> {
                if (!index(index, tx, tx.documents().listWithoutText(), progress)) {
                    throw new ProjectException("Indexing was cancelled; the index is built the next time a search"
                            + " needs it");
                }
                index.commit(tx.generation());
                return null;
            });
        } catch (SearchIndexException e) {
            abandon();
            throw new ProjectException("Cannot build the search index in " + storage.where() + ": " + StorageFaults.reason(e), e);
        } catch (RuntimeException e) {
            abandon();
            throw e;
        }
        return index;
    }

    /** The open index if it reflects store generation {@code generation}; null if it does not or cannot be read. */
    private SearchIndex currentAt(long generation) {
        if (opened() == null) {
            return null;
        }
        OptionalLong indexed = index.generation();
        return indexed.isPresent() && indexed.getAsLong() == generation ? index : null;
    }

    /** The index, opened if it is not yet; null when it cannot be read. */
    private SearchIndex opened() {
        if (index == null) {
            try {
                index = storage.open();
            } catch (SearchIndexException e) {
                LOG.warn("The search index cannot be opened; it is rebuilt when next needed", e);
                damaged |= e.damaged();
                return null;
            }
        }
        return index;
    }

    /**
     * Runs index work; a failure is logged and leaves the index stale (its last commit stays as
     * it was). Returns whether the work succeeded. Any unchecked error counts, not only the
     * index's own: Lucene refuses some input with IllegalArgumentException and answers with
     * AlreadyClosedException after a failure it could not recover from, and either would
     * otherwise fail a use case whose change the store has already committed.
     */
    private boolean guarded(Runnable work) {
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The search index could not follow a change; it is rebuilt when next needed", e);
            abandon();
            return false;
        }
    }

    private void abandon() {
        if (index != null) {
            try {
                index.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the search index failed", e);
            }
            index = null;
        }
    }

    @Override
    public synchronized void close() {
        if (index != null) {
            try {
                storage.keep(index);
            } catch (RuntimeException e) {
                LOG.warn("The search index could not be kept; it is rebuilt when next needed", e);
            }
        }
        abandon();
        storage.close();
    }
}
