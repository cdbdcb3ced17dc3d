package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.Progress;

/** Long work reported as {@code [i/n] step} lines on the error stream, so standard output stays the result. */
final class ProgressLines implements Progress {
    private final PrintWriter err;

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(long done, long total, String message) {
        if (done < total) {
            err.println("[" + (done + 1) + "/" + total + "] " + message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
