package org.verbatim.project;

import java.nio.file.Path;

/** Another Verbatim window or process has the project open. */
public class ProjectInUseException extends ProjectException {
    public ProjectInUseException(Path folder) {
        super("Project " + folder.getFileName() + " is open in another Verbatim window or process.");
    }
}
