package org.verbatim.project;

import java.util.function.Supplier;
import org.verbatim.store.NotPermittedException;
import org.verbatim.store.ServerUnreachableException;

/**
 * The store's refusals that are the user's to hear (another coder's segment, the server out of
 * reach), turned into the {@link ProjectException} every face shows as one line.
 */
final class StoreFailures {
    private StoreFailures() {
    }

    static <T> T asProjectFailures(Supplier<T> work) {
        try {
            return work.get();
        } catch (NotPermittedException | ServerUnreachableException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }
}
