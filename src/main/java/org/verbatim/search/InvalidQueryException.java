package org.verbatim.search;

/** A query that cannot be run, with a one-line explanation of what is wrong in it. */
public final class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
