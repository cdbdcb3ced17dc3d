package org.verbatim.store;

/** The server refused a change the user is not allowed to make (another coder's segment or memo). */
public final class NotPermittedException extends StoreException {
    public NotPermittedException(String message) {
        super(message);
    }
}
