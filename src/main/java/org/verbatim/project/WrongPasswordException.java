package org.verbatim.project;

import java.nio.file.Path;

/** The password given does not open the encrypted project; nothing was opened or changed. */
public final class WrongPasswordException extends ProjectException {
    WrongPasswordException(Path folder) {
        super("Wrong password for project " + folder.getFileName() + "; nothing was opened or changed");
    }
}
