package org.verbatim.store;

import java.time.Duration;

/** Announcements of changes that other clients committed. */
interface ChangeSignals extends AutoCloseable {
    /** Waits until a change is announced or {@code timeout} passes; returns whether one was. */
    boolean await(Duration timeout) throws InterruptedException;

    @Override
    void close();

    /** No one else writes: nothing is ever announced. */
    ChangeSignals NONE = new ChangeSignals() {
        @Override
        public boolean await(Duration timeout) throws InterruptedException {
            Thread.sleep(timeout.toMillis());
            return false;
        }

        @Override
        public void close() {
        }
    };
}
