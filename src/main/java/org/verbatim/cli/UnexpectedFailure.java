package org.verbatim.cli;

import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A failure nobody planned for (a bug, the heap running out): logged in full, told to the user
 * in one line with exit code 2, never as a stack trace on the terminal.
 */
final class UnexpectedFailure {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailure.class);
    static final int EXIT = 2;

    private UnexpectedFailure() {
    }

    /** Logs {@code failure} of {@code command}, prints its one line on {@code err}, and returns the exit code. */
    static int report(String command, Throwable failure, PrintWriter err) {
        Throwable cause = rootOf(failure);
        try {
            LOG.error("Command failed: {}", command, failure);
        } catch (Throwable logFailed) {
            // Out of memory even for the log line: the one line on the terminal still matters more.
        }
        err.println("verbatim: " + describe(cause) + " (details in " + LogFiles.location() + ")");
        err.flush();
        return EXIT;
    }

    /**
     * Background threads (indexing) that die of an unexpected error go to the log, not to the
     * terminal: the command that waits for them reports the failure in its own line.
     */
    static void keepThreadsQuiet() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            try {
                LOG.error("Thread {} failed", thread.getName(), e);
            } catch (Throwable logFailed) {
                // nothing more can be done for a thread that is already dying
            }
        });
    }

    static String describe(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            return "ran out of memory (the limit is " + mb + " MB); the step it was on was not saved."
                    + " Run it again with more memory: JAVA_TOOL_OPTIONS=-Xmx" + Math.max(2, 2 * mb / 1024) + "g";
        }
        if (cause instanceof StackOverflowError) {
            return "unexpected error: the work nested too deeply (stack overflow)";
        }
        return "unexpected error: " + cause;
    }

    /** The error that says most: an OutOfMemoryError anywhere in the chain wins over its wrappers. */
    private static Throwable rootOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof VirtualMachineError) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return failure;
    }
}
