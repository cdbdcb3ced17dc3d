package org.verbatim.ui;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Keeps background work queued until the test runs it, so a test can act while jobs wait
 * (as they do behind a long import); results are handed back at once.
 */
final class QueuedBackground extends Background {
    private final Queue<Runnable> queued = new ArrayDeque<>();

    @Override
    protected void execute(Runnable work) {
        queued.add(work);
    }

    @Override
    protected void deliver(Runnable update) {
        update.run();
    }

    /** Runs the queued work in the order it was started, including work started meanwhile. */
    void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove().run();
        }
    }
}
