package org.verbatim.search;

/** The index cannot be read or written: it is missing, damaged, or the disk failed. It can be rebuilt. */
public final class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
