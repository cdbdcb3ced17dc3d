package org.verbatim.ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs background work at once on the calling thread, so view models are tested without a
 * toolkit. Work started while a job runs waits for it, as on the window's one worker thread.
 */
final class ImmediateBackground extends Background {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private boolean working;

    @Override
    protected void execute(Runnable work) {
        queue.add(work);
        if (working) {
            return;
        }
        working = true;
        try {
            while (!queue.isEmpty()) {
                queue.remove().run();
            }
        } finally {
            working = false;
        }
    }

    @Override
    protected void deliver(Runnable update) {
        update.run();
    }
}
