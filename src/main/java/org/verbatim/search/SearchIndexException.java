package org.verbatim.search;

/** The index cannot be read or written: it is missing, damaged, or the disk failed. It can be rebuilt. */
public final class SearchIndexException extends RuntimeException {
    private final boolean damaged;

    public SearchIndexException(String message, Throwable cause) {
        this(message, cause, false);
    }

    SearchIndexException(String message, Throwable cause, boolean damaged) {
        super(message, cause);
        this.damaged = damaged;
    }

    /** Whether the index's own checksums found its files damaged (rather than missing or unwritable). */
    public boolean damaged() {
        return damaged;
    }
}
