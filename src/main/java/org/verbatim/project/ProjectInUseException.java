package org.verbatim.project;

import java.nio.file.Path;
import java.time.Duration;

/** Another Verbatim window or process has the project open. */
public class ProjectInUseException extends ProjectException {
    public ProjectInUseException(Path folder) {
        super("Project " + folder.getFileName() + " is open in another Verbatim window or process.");
    }

    /** Still in use after waiting: says how to go on. */
    ProjectInUseException(Path folder, Duration waited) {
        super("Project " + folder.getFileName() + " is still open in another Verbatim window or process after waiting "
                + waited.toSeconds() + " s: close it there (a window keeps its project open until you close the"
                + " project or the window), or run the command again with a longer --wait");
    }
}
