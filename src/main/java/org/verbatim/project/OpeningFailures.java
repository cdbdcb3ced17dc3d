package org.verbatim.project;

import java.nio.file.Path;
import org.verbatim.store.DamagedStoreException;
import org.verbatim.store.NewerSchemaException;
import org.verbatim.store.StoreException;
import org.verbatim.store.StoreInUseException;

/** Why a project could not be opened, in the words its user should hear. */
final class OpeningFailures {
    private OpeningFailures() {
    }

    static RuntimeException asUserSees(Path folder, RuntimeException e) {
        if (e instanceof DamagedStoreException) {
            return (DamagedProjectException) DamagedProjectException.explained(e);
        } else if (e instanceof StoreInUseException) {
            return new ProjectInUseException(folder);
        } else if (e instanceof NewerSchemaException) {
            return new ProjectException(e.getMessage(), e);
        } else if (e instanceof StoreException) {
            return new ProjectException("Project " + folder.getFileName() + " cannot be opened: its database"
                    + " project.mv.db is damaged or not a Verbatim database (details in the log)", e);
        }
        return e;
    }
}
