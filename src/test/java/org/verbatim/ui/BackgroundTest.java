package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/** The one background worker: jobs run one after another, and the status knows what waits. */
class BackgroundTest {
    /** A worker that runs queued jobs only when told, so a test sees the queue between jobs. */
    private static final class SteppedBackground extends Background {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        protected void execute(Runnable work) {
            queue.add(work);
        }

        @Override
        protected void deliver(Runnable update) {
            update.run();
        }

        void runNext() {
            queue.remove().run();
        }
    }

    @Test
    void jobsQueuedBehindALongOneAreCountedAndTheStatusShowsTheRunningOne() {
        SteppedBackground background = new SteppedBackground();
        String[] seenWhileImporting = new String[2];
        background.job("Importing", progress -> {
            seenWhileImporting[0] = background.activity().get();
            seenWhileImporting[1] = background.running() + " with " + background.waiting().get() + " waiting";
            progress.update(1, 4, "Importing 1 of 4: a.txt");
            return null;
        }).start();
        background.job("Reading segments", progress -> null).start();
        background.job("Coding", progress -> null).start();
        assertThat(background.waiting().get()).isEqualTo(3);
        assertThat(background.busy().get()).isTrue();

        background.runNext();
        assertThat(seenWhileImporting).containsExactly("Importing…", "Importing with 2 waiting");
        assertThat(background.waiting().get()).isEqualTo(2);
        assertThat(background.running()).isEmpty();

        background.runNext();
        background.runNext();
        assertThat(background.waiting().get()).isZero();
        assertThat(background.busy().get()).isFalse();
    }

    @Test
    void cancelStopsTheRunningJobNotTheOnesWaiting() {
        SteppedBackground background = new SteppedBackground();
        boolean[] cancelled = new boolean[2];
        background.job("Exporting", progress -> {
            background.cancelCurrent();
            cancelled[0] = progress.isCancelled();
            return null;
        }).start();
        background.job("Reading", progress -> {
            cancelled[1] = progress.isCancelled();
            return null;
        }).start();

        background.runNext();
        background.runNext();

        assertThat(cancelled).containsExactly(true, false);
    }

    @Test
    void runningOutOfMemorySaysSoInOneLineWithWhatToDo() {
        SteppedBackground background = new SteppedBackground();
        String[] said = new String[1];
        background.job("Importing", progress -> {
            throw new OutOfMemoryError("Java heap space");
        }).onFailure(message -> said[0] = message).start();

        background.runNext();

        assertThat(said[0]).startsWith("Importing ran out of memory (the limit is ").contains("it was not saved")
                .endsWith("(JAVA_TOOL_OPTIONS=-Xmx2g)").doesNotContain("OutOfMemoryError");
    }
}
