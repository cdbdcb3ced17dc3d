package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.VerbatimHome;

/** Where the log goes: {@code ~/.verbatim/logs/}, or below {@code -Dverbatim.home}. */
final class LogFiles {
    private LogFiles() {
    }

    static Path location() {
        return VerbatimHome.logFile();
    }
}
