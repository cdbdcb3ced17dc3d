package org.verbatim.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** The window's {@link Background}: one daemon worker thread, results delivered on the FX thread. */
final class FxBackground extends Background {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "verbatim-work");
        t.setDaemon(true);
        return t;
    });

    /**
     * Stops the running work, runs {@code last} after the work already queued and waits for it
     * (closing the project on exit); work for a closed project is skipped, so the wait is short.
     */
    void finish(Runnable last) {
        cancelCurrent();
        worker.execute(last);
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    protected void execute(Runnable work) {
        worker.execute(work);
    }

    @Override
    protected void deliver(Runnable update) {
        Platform.runLater(update);
    }
}
