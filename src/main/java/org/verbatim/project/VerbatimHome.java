package org.verbatim.project;

import java.nio.file.Path;

/** The per-user folder: {@code ~/.verbatim}, or {@code -Dverbatim.home} (tests point it into target/). */
public final class VerbatimHome {
    private VerbatimHome() {
    }

    public static Path path() {
        String home = System.getProperty("verbatim.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".verbatim");
    }
}
