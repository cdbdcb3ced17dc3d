package org.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of a project's turns, one Lucene document per turn. It is derived data: its
 * last commit records the store generation it reflects (and the index format), and whoever
 * opens it compares that with the store to decide whether to rebuild it. Changes become
 * visible to searches at once and durable at {@link #commit(long)}; closing without a commit
 * drops them, so an index never claims a generation it does not hold. Small changes that follow
 * the store one after another ({@link #advance(long)}) are made durable at most every few
 * seconds and when the index is closed, not each on its own: a flush to disk per coding would
 * cost more than the coding.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bumped whenever what a turn's Lucene document holds changes: an older index is rebuilt. */
    static final String FORMAT = "3";
    private static final String GENERATION_KEY = "generation";
    private static final String FORMAT_KEY = "format";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = TurnAnalyzers.perField();
    /** Changes were made since the live commit data last named the generation they bring the index to. */
    private volatile boolean unsettled;
    /** The live commit data names a generation that is not on disk yet. */
    private volatile boolean pending;
    private volatile long durableAt = System.nanoTime();
    private final RecentlyIndexed recent = new RecentlyIndexed();

    private SearchIndex(Directory directory, boolean create) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(64);
        IndexWriter w = new IndexWriter(directory, config);
        try {
            this.searchers = new SearcherManager(w, null);
            if (!create) {
                IndexChecksums.verify(searchers);
            }
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
        this.writer = w;
    }

    /**
     * Opens the index in {@code folder}, creating an empty one (with no generation) if there is none.
     *
     * @throws SearchIndexException when the index is there but cannot be read
     */
    public static SearchIndex open(Path folder) {
        return open(folder, false);
    }

    /** Starts an empty index in {@code folder}, replacing whatever was there. */
    public static SearchIndex create(Path folder) {
        return open(folder, true);
    }

    private static SearchIndex open(Path folder, boolean create) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            return new SearchIndex(directory, create);
        } catch (SearchIndexException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw IndexChecksums.isDamage(e) ? IndexChecksums.damaged(e)
                    : new SearchIndexException("The search index in " + folder + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Opens an index held in memory only, from a snapshot written by {@link #writeSnapshot}, or
     * empty when {@code snapshot} is null: an encrypted project's, which never lies on disk in clear.
     *
     * @throws SearchIndexException when the snapshot cannot be read
     */
    public static SearchIndex inMemory(java.io.InputStream snapshot) {
        Directory directory = null;
        try {
            directory = snapshot == null ? new org.apache.lucene.store.ByteBuffersDirectory() : IndexSnapshot.read(snapshot);
            return new SearchIndex(directory, snapshot == null);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new SearchIndexException("The search index cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes the last commit as one stream, which {@link #inMemory} reads back; returns the index's bytes. */
    public long writeSnapshot(java.io.OutputStream out) {
        try {
            return IndexSnapshot.write(directory, out);
        } catch (IOException e) {
            throw new SearchIndexException("The search index cannot be saved: " + e.getMessage(), e);
        }
    }

    /** The store generation of the last commit, if it was written by this index format. */
    public OptionalLong generation() {
        Map<String, String> data = new java.util.HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (!FORMAT.equals(data.get(FORMAT_KEY)) || data.get(GENERATION_KEY) == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(data.get(GENERATION_KEY)));
    }

    /**
     * Replaces everything indexed of one document with {@code turns} (none: removes it). When
     * the document was replaced recently with the same turns, only the turns that differ are
     * rewritten.
     */
    public void replace(long documentId, List<IndexedTurn> turns) {
        if (turns.isEmpty()) {
            remove(documentId);
            return;
        }
        List<IndexedTurn> was = recent.get(documentId);
        int[] changed = was == null ? null : RecentlyIndexed.changed(was, turns);
        recent.forget(documentId);
        unsettled = true;
        io(() -> {
            if (changed == null) {
                writer.deleteDocuments(TurnFields.documentTerm(documentId));
                addEach(turns);
            } else {
                for (int i : changed) {
                    IndexedTurn t = turns.get(i);
                    writer.updateDocument(TurnFields.turnTerm(documentId, t.number()), TurnFields.of(t));
                }
            }
        });
        recent.put(documentId, turns);
    }

    /** Removes every turn of one document. */
    public void remove(long documentId) {
        recent.forget(documentId);
        unsettled = true;
        io(() -> writer.deleteDocuments(TurnFields.documentTerm(documentId)));
    }

    /** Removes everything, before a rebuild. */
    public void clear() {
        recent.forgetAll();
        unsettled = true;
        io(writer::deleteAll);
    }

    /**
     * Indexes many documents on {@code threads} threads at once; {@link BulkIndexing#finish()}
     * waits for them. The caller goes on reading the next documents meanwhile.
     */
    public BulkIndexing bulk(int threads) {
        return new BulkIndexing(this, threads);
    }

    /** Makes every change durable, recording that the index now reflects store generation {@code generation}. */
    public void commit(long generation) {
        io(() -> {
            writer.setLiveCommitData(commitData(generation));
            writer.commit();
        });
        settledOnDisk();
    }

    /**
     * Records that the index now reflects store generation {@code generation}: searches see it at
     * once, and it is made durable within {@code durableWithin} or when the index is closed. Until then a
     * crash leaves the index at its last durable generation, from which it catches up again.
     */
    public void advance(long generation, java.time.Duration durableWithin) {
        io(() -> writer.setLiveCommitData(commitData(generation)));
        unsettled = false;
        pending = true;
        if (System.nanoTime() - durableAt > durableWithin.toNanos()) {
            io(writer::commit);
            settledOnDisk();
        }
    }

    private void settledOnDisk() {
        unsettled = false;
        pending = false;
        durableAt = System.nanoTime();
    }

    private static Iterable<Map.Entry<String, String>> commitData(long generation) {
        return Map.of(GENERATION_KEY, Long.toString(generation), FORMAT_KEY, FORMAT).entrySet();
    }

    /**
     * Runs a search on everything indexed so far, committed or not.
     *
     * @throws InvalidQueryException when the query is malformed or names what does not exist
     * @throws SearchIndexException  when the index cannot be read
     */
    public SearchResult search(SearchRequest request) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return new TurnSearch(searcher, analyzer, request).run();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new SearchIndexException("The search index cannot be read: " + e.getMessage(), e);
        } catch (InvalidQueryException e) {
            throw e;
        } catch (RuntimeException e) {
            // Garbage read from a damaged file fails in odd places (a string index out of range):
            // if the checksums agree, it is a bug and stays one.
            IndexChecksums.verify(searchers);
            throw e;
        }
    }

    /** Verifies every file of the index against its checksum; see {@link IndexChecksums}. */
    public void verify() {
        IndexChecksums.verify(searchers);
    }

    /** The number of turns (and paragraphs) indexed, committed or not. */
    public int turnCount() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchIndexException("The search index cannot be read: " + e.getMessage(), e);
        }
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try {
            long size = 0;
            for (String file : directory.listAll()) {
                size += directory.fileLength(file);
            }
            return size;
        } catch (IOException e) {
            throw new SearchIndexException("Cannot measure the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Closes the index: what {@link #advance} recorded is made durable; changes not yet followed by
     * a commit or an advance are dropped.
     */
    @Override
    public void close() {
        try {
            try {
                searchers.close();
                if (pending && !unsettled) {
                    writer.commit();
                }
            } finally {
                writer.rollback();
            }
        } catch (IOException e) {
            throw new SearchIndexException("Cannot close the search index: " + e.getMessage(), e);
        } finally {
            closeQuietly(directory);
        }
    }

    void add(List<IndexedTurn> turns) throws IOException {
        turns.stream().mapToLong(IndexedTurn::documentId).distinct().forEach(recent::forget);
        unsettled = true;
        addEach(turns);
    }

    /**
     * Adds turns one Lucene document at a time, not as one block: a block cannot be flushed
     * until it is whole, so a document of a million turns held them all in memory at once.
     * Nothing is visible to a reopened index before {@link #commit}, so atomicity is not lost.
     */
    private void addEach(List<IndexedTurn> turns) throws IOException {
        for (IndexedTurn t : turns) {
            writer.addDocument(TurnFields.of(t));
        }
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void io(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new SearchIndexException("The search index cannot be written: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // Nothing is left to save in a directory we are giving up on.
            }
        }
    }
}
