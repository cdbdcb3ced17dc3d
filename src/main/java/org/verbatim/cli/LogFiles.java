package org.verbatim.cli;

import java.nio.file.Path;

/** Where the log goes: {@code ~/.verbatim/logs/}, or below {@code -Dverbatim.home}. */
final class LogFiles {
    private LogFiles() {
    }

    static Path location() {
        String home = System.getProperty("verbatim.home");
        Path base = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".verbatim");
        return base.resolve("logs").resolve("verbatim.log");
    }
}
