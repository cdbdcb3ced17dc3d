package org.verbatim.project;

import java.util.function.Supplier;
import org.verbatim.store.NotPermittedException;
import org.verbatim.store.ServerUnreachableException;
import org.verbatim.store.StorageFaultException;

/**
 * The store's refusals that are the user's to hear (another coder's segment, the server out of
 * reach, a full or read-only disk), turned into the {@link ProjectException} every face shows as one line.
 */
final class StoreFailures {
    private StoreFailures() {
    }

    static <T> T asProjectFailures(Supplier<T> work) {
        try {
            return work.get();
        } catch (NotPermittedException | ServerUnreachableException | StorageFaultException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }
}
