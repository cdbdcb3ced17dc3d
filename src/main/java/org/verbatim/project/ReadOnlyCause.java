package org.verbatim.project;

import org.verbatim.store.StorageFault;

/**
 * Why a project file was opened for reading only: what the user can fix, in kinds a face can put
 * in its own words (the command line prints {@link Project#readOnlyReason()}; the window shows a
 * notice).
 */
public enum ReadOnlyCause {
    /** The project is on a read-only disk, mount or share. */
    READ_ONLY_DISK,
    /** The user may not write to the project's folder or its files. */
    NO_PERMISSION,
    /** Only the database file is write-protected (read-only or immutable). */
    READ_ONLY_DATABASE,
    /** The disk is full: the database could be read but not written. */
    DISK_FULL;

    static ReadOnlyCause of(StorageFault fault) {
        return switch (fault) {
            case READ_ONLY_MEDIUM -> READ_ONLY_DISK;
            case NO_PERMISSION -> NO_PERMISSION;
            case READ_ONLY_DATABASE -> READ_ONLY_DATABASE;
            case DISK_FULL -> DISK_FULL;
        };
    }
}
