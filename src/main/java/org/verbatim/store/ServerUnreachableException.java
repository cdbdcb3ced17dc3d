package org.verbatim.store;

/** The team project's server cannot be reached; nothing was changed. */
public final class ServerUnreachableException extends StoreException {
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
