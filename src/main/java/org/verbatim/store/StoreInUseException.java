package org.verbatim.store;

/** The database is held by another process (H2 error 90020). */
public class StoreInUseException extends StoreException {
    public StoreInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
