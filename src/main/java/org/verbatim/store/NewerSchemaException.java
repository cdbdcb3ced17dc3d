package org.verbatim.store;

/** The project was written by a newer Verbatim whose schema this version does not know. */
public class NewerSchemaException extends StoreException {
    public NewerSchemaException(String message) {
        super(message);
    }
}
