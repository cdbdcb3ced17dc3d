package org.verbatim.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.project.DamagedProjectException;
import org.verbatim.project.Progress;
import org.verbatim.project.ProjectException;
import org.verbatim.project.StorageFaults;

/**
 * Runs project work away from the user interface, one job after another (the project is used
 * by one thread at a time), and hands results, progress and errors back on the interface's
 * thread. The window uses {@link FxBackground}; tests run the same view models on an
 * executor that does the work at once.
 *
 * <p>The shared {@link #activity()} and {@link #progress()} feed the status bar with the job
 * that is running; {@link #waiting()} counts the jobs queued behind it, so the window can say
 * that an action waits rather than seem to ignore it. A job's error goes to its own handler, or
 * else to {@link #errors()}.
 */
public abstract class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final StringProperty activity = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty errors = new SimpleStringProperty("");
    private final IntegerProperty waiting = new SimpleIntegerProperty(0);
    private int unfinished;
    private Job<?> current;

    /** Work to run off the interface thread; it may report progress and should stop when cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Runs {@code work} off the interface thread. */
    protected abstract void execute(Runnable work);

    /** Runs {@code update} on the interface thread. */
    protected abstract void deliver(Runnable update);

    /** Runs {@code update} on the interface thread, from any thread (news from outside a job). */
    public void later(Runnable update) {
        deliver(update);
    }

    /** A job not yet started: give it handlers, then {@link Job#start()}. */
    public <T> Job<T> job(String title, Work<T> work) {
        return new Job<>(title, work);
    }

    /** What the running job is doing, for the status bar. */
    public ReadOnlyStringProperty activity() {
        return activity;
    }

    /** Progress of the running job, 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progress() {
        return progress;
    }

    /** Whether any job is running or waiting. */
    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** How many jobs wait for the running one to finish. */
    public ReadOnlyIntegerProperty waiting() {
        return waiting;
    }

    /** The title of the running job, or empty. */
    public String running() {
        return current == null ? "" : current.title;
    }

    /** The last error of a job that had no handler of its own. */
    public StringProperty errors() {
        return errors;
    }

    /** Asks the running job to stop. */
    public void cancelCurrent() {
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * One piece of background work. Errors come back typed: a {@link ProjectException} carries
     * a message meant for the user; anything else is logged and reported as unexpected.
     */
    public final class Job<T> implements Progress {
        private final String title;
        private final Work<T> work;
        private Consumer<T> onSuccess = r -> { };
        private Consumer<String> onFailure;
        private BooleanSupplier wanted = () -> true;
        private volatile boolean cancelled;

        private Job(String title, Work<T> work) {
            this.title = title;
            this.work = work;
        }

        public Job<T> onSuccess(Consumer<T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Receives the message of a failure, meant for the user. */
        public Job<T> onFailure(Consumer<String> handler) {
            this.onFailure = handler;
            return this;
        }

        /**
         * Runs the work and its handlers only while {@code condition} holds: work for a project
         * closed in the meantime is skipped, and its result or error reported to no one.
         */
        public Job<T> onlyWhile(BooleanSupplier condition) {
            this.wanted = condition;
            return this;
        }

        /** Starts the work; must be called on the interface thread. */
        public Job<T> start() {
            unfinished++;
            waiting.set(waiting.get() + 1);
            busy.set(true);
            execute(this::runWork);
            return this;
        }

        private void began() {
            current = this;
            activity.set(title + "…");
            progress.set(-1);
            waiting.set(waiting.get() - 1);
        }

        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void update(long done, long total, String message) {
            deliver(() -> {
                if (current == this) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    activity.set(message);
                }
            });
        }

        private void runWork() {
            deliver(this::began);
            if (!wanted.getAsBoolean()) {
                deliver(() -> finished(""));
                return;
            }
            try {
                T result = work.run(this);
                deliver(() -> {
                    finished("");
                    if (wanted.getAsBoolean()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (ProjectException e) {
                deliver(() -> failed(e.getMessage()));
            } catch (Exception | Error e) {
                if (e instanceof Exception x && DamagedProjectException.explained(x) instanceof DamagedProjectException damaged) {
                    deliver(() -> failed(damaged.getMessage()));
                    return;
                }
                java.util.Optional<String> diskFault = StorageFaults.explain(e);
                if (diskFault.isPresent()) {
                    // A full or read-only disk is the user's to fix, not an unexpected failure.
                    deliver(() -> failed(diskFault.get()));
                    return;
                }
                LOG.error("{} failed", title, e);
                String message = e instanceof OutOfMemoryError
                        ? title + " ran out of memory (the limit is " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                                + " MB); it was not saved. Close other work, or start Verbatim with more memory"
                                + " (JAVA_TOOL_OPTIONS=-Xmx2g)"
                        : title + " failed unexpectedly: " + e + " (details in the log)";
                deliver(() -> failed(message));
            }
        }

        private void failed(String message) {
            if (!wanted.getAsBoolean()) {
                finished("");
                return;
            }
            finished(message);
            if (onFailure != null) {
                onFailure.accept(message);
            } else {
                errors.set(message);
            }
        }

        private void finished(String message) {
            unfinished--;
            if (current == this) {
                current = null;
                progress.set(0);
                activity.set(message);
            }
            busy.set(unfinished > 0);
        }
    }
}
