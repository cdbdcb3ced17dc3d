package org.verbatim.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.scene.Scene;

/**
 * Start-up milestones for the start-up benchmark: with {@code VERBATIM_STARTUP_MARKS=FILE} in
 * the environment, the window appends the line {@code NAME} to FILE once the frame showing NAME
 * has been laid out and handed to the renderer. Without it nothing is watched.
 */
final class StartupMarks {
    private static final String FILE = System.getenv("VERBATIM_STARTUP_MARKS");

    private StartupMarks() {
    }

    /** Writes the mark after the scene's next pulse, the one that draws what was just put in it. */
    static void afterNextPulse(Scene scene, String name) {
        if (FILE == null || FILE.isBlank() || scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            try {
                Files.writeString(Path.of(FILE), name + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot write the start-up mark to " + FILE, e);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
