package org.verbatim.project;

import java.nio.file.Path;

/**
 * The per-user folder: {@code ~/.verbatim}, or {@code -Dverbatim.home} (tests point it into
 * target/). It holds the log, the preferences and the sample study, never a user's projects,
 * so removing the application leaves the projects where the user put them.
 */
public final class VerbatimHome {
    private VerbatimHome() {
    }

    public static Path path() {
        String home = System.getProperty("verbatim.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".verbatim");
    }

    /** The current log file (older ones roll over to verbatim.1.log … beside it); {@code LogFileConfigurator} writes it. */
    public static Path logFile() {
        return path().resolve("logs").resolve("verbatim.log");
    }

    /** The window's size, recent projects, coder name and theme. */
    public static Path preferencesFile() {
        return path().resolve("preferences.json");
    }
}
