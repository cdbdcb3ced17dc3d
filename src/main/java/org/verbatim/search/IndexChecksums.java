package org.verbatim.search;

import java.io.IOException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * Verifies the checksum of every file of every segment (Lucene writes one into each file's
 * footer). Reading a damaged index does not always fail: it can return wrong text and wrong
 * offsets, and a segment coded from such a hit would sit on the wrong words. So the index is
 * verified whole when it is opened, and again whenever reading it fails unexpectedly.
 */
final class IndexChecksums {
    private IndexChecksums() {
    }

    /** Throws a {@link SearchIndexException} marked damaged when any file's checksum does not match. */
    static void verify(SearcherManager searchers) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    leaf.reader().checkIntegrity();
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    /** Whether an error met while opening or reading the index says its files are damaged. */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooNewException
                    || t instanceof IndexFormatTooOldException) {
                return true;
            }
        }
        return false;
    }

    static SearchIndexException damaged(Throwable e) {
        return new SearchIndexException("The search index is damaged (" + e.getMessage() + ")", e, true);
    }
}
