package org.verbatim.project;

import java.util.Optional;
import org.verbatim.store.StorageFault;
import org.verbatim.store.StorageFaultException;

/**
 * Faults of the disk (full, read-only, not the user's to write) that reach a face as a store
 * error: they are the user's to fix, so they are told as one line with what to do, never as an
 * unexpected error or as damage.
 */
public final class StorageFaults {
    private StorageFaults() {
    }

    /** The one line to tell the user, if {@code failure} is a disk fault the store recognised. */
    public static Optional<String> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageFaultException fault) {
                return Optional.of(fault.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Why writing failed, as the user should hear it: what to do for a full disk, else the error's own words. */
    static String reason(Exception failure) {
        return StorageFault.of(failure).filter(f -> f == StorageFault.DISK_FULL).isPresent()
                ? "the disk is full; free space and run the command again" : failure.getMessage();
    }

    /**
     * Stops an import when {@code failure} is a full disk: the documents committed before it
     * stay, and the user hears how many there are and what to do.
     */
    static void stopImportIfDiskFull(Throwable failure, int imported) {
        if (StorageFault.of(failure).filter(f -> f == StorageFault.DISK_FULL).isPresent()) {
            throw new ProjectException("the disk is full; " + imported + (imported == 1 ? " document was imported before"
                    + " it filled and is kept" : " documents were imported before it filled and are kept")
                    + "; free space and run the import again"
                    + " (the documents already imported are skipped)", failure);
        }
    }
}
