package org.verbatim.ui;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.Scene;

/**
 * Start-up milestones for the start-up benchmark: with {@code VERBATIM_STARTUP_MARKS=1} in the
 * environment, the window prints {@code verbatim-mark: NAME} on standard output once the frame
 * showing NAME has been laid out and handed to the renderer. Without it nothing is watched.
 */
final class StartupMarks {
    private static final boolean ON = "1".equals(System.getenv("VERBATIM_STARTUP_MARKS"));
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private StartupMarks() {
    }

    /** Prints the mark after the scene's next pulse, the one that draws what was just put in it. */
    static void afterNextPulse(Scene scene, String name) {
        if (!ON || scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            OUT.println("verbatim-mark: " + name);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
