package org.verbatim.store;

/**
 * The project file is damaged: a page of it cannot be read. Nothing is written to such a file
 * any more (see {@link StoreHealth}); the user salvages it into a new project or restores a backup.
 */
public final class DamagedStoreException extends StoreException {
    private final String where;

    DamagedStoreException(String where, String what, Throwable cause) {
        super(what, cause);
        this.where = where;
    }

    /** The project folder whose database is damaged. */
    public String where() {
        return where;
    }
}
