package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.Progress;

/** Long work's progress as {@code [i/n] message} lines on standard error; the command line never cancels. */
final class PrintedProgress implements Progress {
    private final PrintWriter err;

    PrintedProgress(PrintWriter err) {
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
