package org.verbatim.project;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens a project that another process may have open for a moment: scripts that run commands
 * side by side should queue behind each other, not fail. It retries until the other process lets
 * go or {@code patience} runs out, saying once that it waits.
 */
final class BusyWait {
    private static final long RETRY_MILLIS = 100;

    private BusyWait() {
    }

    static <T> T until(Path folder, Duration patience, Consumer<String> waiting, Supplier<T> open) {
        long deadline = System.nanoTime() + patience.toNanos();
        boolean told = false;
        while (true) {
            try {
                return open.get();
            } catch (ProjectInUseException e) {
                if (System.nanoTime() >= deadline) {
                    throw patience.isZero() ? e : new ProjectInUseException(folder, patience);
                }
                if (!told) {
                    waiting.accept("Project " + folder.getFileName() + " is open in another Verbatim window or process;"
                            + " waiting up to " + patience.toSeconds() + " s for it (--wait SECONDS)");
                    told = true;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
