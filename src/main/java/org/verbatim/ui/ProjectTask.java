package org.verbatim.ui;

import javafx.concurrent.Task;
import org.verbatim.project.Progress;

/**
 * A background task whose work reports through {@link Progress}: progress and message go to
 * the bound progress bar, and Cancel reaches the work as {@link Progress#isCancelled()}.
 */
abstract class ProjectTask<T> extends Task<T> implements Progress {

    /** The work, run off the FX thread. */
    protected abstract T work(Progress progress) throws Exception;

    @Override
    protected final T call() throws Exception {
        return work(this);
    }

    @Override
    public void update(long done, long total, String message) {
        updateProgress(done, total);
        updateMessage(message);
    }
}
