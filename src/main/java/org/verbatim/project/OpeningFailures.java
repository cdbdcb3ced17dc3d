package org.verbatim.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.store.DamagedStoreException;
import org.verbatim.store.NewerSchemaException;
import org.verbatim.store.StorageFaultException;
import org.verbatim.store.StoreException;
import org.verbatim.store.StoreInUseException;

/** Why a project could not be opened, in the words its user should hear. */
final class OpeningFailures {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningFailures.class);

    private OpeningFailures() {
    }

    static RuntimeException asUserSees(Path folder, RuntimeException e) {
        if (e instanceof StoreException && !(e instanceof StoreInUseException)) {
            // The user is told the database is damaged or cannot be opened and that the details are here.
            LOG.warn("Project {} could not be opened", folder, e);
        }
        if (e instanceof DamagedStoreException) {
            return (DamagedProjectException) DamagedProjectException.explained(e);
        } else if (e instanceof StoreInUseException) {
            return new ProjectInUseException(folder);
        } else if (e instanceof NewerSchemaException || e instanceof StorageFaultException) {
            return new ProjectException(e.getMessage(), e);
        } else if (e instanceof StoreException && unreadableFile(folder)) {
            // H2 found no Verbatim project in a file it may write: the file's pages are garbage (a file it may
            // not write is a matter of permissions, not damage).
            return new DamagedProjectException(folder, "H2 cannot read a Verbatim project from it", e);
        } else if (e instanceof StoreException) {
            return new ProjectException("Project " + folder.getFileName() + " cannot be opened: its database"
                    + " project.mv.db is damaged or not a Verbatim database (details in the log)", e);
        }
        return e;
    }

    private static boolean unreadableFile(Path folder) {
        Path database = folder.resolve("project.mv.db");
        try {
            return !TeamProjects.isTeamProject(folder) && Files.isRegularFile(database) && Files.isWritable(database)
                    && Files.size(database) > 0;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
