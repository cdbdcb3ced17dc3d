package org.verbatim.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/** Encrypts, decrypts or re-keys a closed project file with H2's own tool, in place. */
public final class StoreEncryption {
    private StoreEncryption() {
    }

    /**
     * Changes the encryption of {@code folder/project.mv.db} from {@code from} to {@code to}
     * (null: not encrypted). Run it on a copy: H2 rewrites the file.
     */
    public static void rekey(Path folder, ProjectKey from, ProjectKey to) {
        try {
            ChangeFileEncryption.execute(folder.toAbsolutePath().toString(), "project", "AES",
                    from == null ? null : from.databasePassword(), to == null ? null : to.databasePassword(), true);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("Cannot change the encryption of the project database: " + e.getMessage(), e);
        }
    }
}
