package org.verbatim.project;

import java.nio.file.Path;

/** The project is encrypted and was opened without a password. */
public final class PasswordNeededException extends ProjectException {
    PasswordNeededException(Path folder) {
        super("Project " + folder.getFileName() + " is encrypted: give its password (at the prompt in a terminal,"
                + " or in the environment variable VERBATIM_PASSWORD)");
    }
}
