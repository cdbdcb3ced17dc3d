package org.verbatim.ui;

/** Runs background work at once on the calling thread, so view models are tested without a toolkit. */
final class ImmediateBackground extends Background {
    @Override
    protected void execute(Runnable work) {
        work.run();
    }

    @Override
    protected void deliver(Runnable update) {
        update.run();
    }
}
