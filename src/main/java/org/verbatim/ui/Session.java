package org.verbatim.ui;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.verbatim.project.ChangeFollower;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.ReadOnlyCause;

/**
 * An open project as the window's view models use it: every call to the facade runs on the
 * {@link Background}, and every change bumps {@link #changes()} so the panes that show data
 * read it again.
 */
public final class Session {
    private final Project project;
    private final Background background;
    private final Supplier<String> coder;
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(true);
    /** Why the project was opened for reading only (null: it can be changed); fixed for the opening. */
    private final ReadOnlyCause readOnly;
    private final String readOnlyReason;
    private final BooleanBinding canChange;
    private volatile boolean closed;
    /** The server was found unreachable and is not back yet: set on the follower's thread, read on the worker. */
    private volatile boolean away;
    private ChangeFollower following;
    private long followed = -1;
    private final EditHistory history = new EditHistory(this);

    public Session(Project project, Background background, Supplier<String> coder) {
        this.project = project;
        this.background = background;
        this.coder = coder;
        this.readOnly = project.readOnlyCause().orElse(null);
        this.readOnlyReason = project.readOnlyReason().orElse("");
        boolean writable = readOnly == null;
        this.canChange = reachable.getReadOnlyProperty().and(Bindings.createBooleanBinding(() -> writable));
    }

    public String name() {
        return project.name();
    }

    public java.nio.file.Path folder() {
        return project.folder();
    }

    /** The coder's name for new segments (from the preferences). */
    public String coder() {
        return coder.get();
    }

    /** The project's one undo history, shared by every pane that changes it. */
    EditHistory history() {
        return history;
    }

    public Background background() {
        return background;
    }

    /** Reads from the project in the background and hands the result to {@code then}. */
    public <T> void read(String title, Function<Project, T> work, Consumer<T> then) {
        job(title, p -> work.apply(project)).onSuccess(then).start();
    }

    /** As {@link #read(String, Function, Consumer)}, with a handler for the failure's message. */
    public <T> void read(String title, Function<Project, T> work, Consumer<T> then, Consumer<String> failed) {
        job(title, p -> work.apply(project)).onSuccess(then).onFailure(failed).start();
    }

    /** Changes the project in the background; afterwards every pane reloads. */
    public <T> void change(String title, Function<Project, T> work, Consumer<T> then) {
        change(title, work, then, null);
    }

    /** As {@link #change(String, Function, Consumer)}, with a handler for the failure's message. */
    public <T> void change(String title, Function<Project, T> work, Consumer<T> then, Consumer<String> failed) {
        var job = job(title, p -> {
            refuseWhileAway();
            return work.apply(project);
        }).onSuccess(result -> {
            then.accept(result);
            changes.set(changes.get() + 1);
        });
        if (failed != null) {
            job.onFailure(failed);
        }
        job.start();
    }

    /** Long work on the project that reports progress and stops when cancelled (import). */
    @FunctionalInterface
    public interface LongWork<T> {
        T run(Project project, org.verbatim.project.Progress progress);
    }

    /** Reads with progress shown in the status bar (reading a folder of files before an import). */
    public <T> void readWithProgress(String title, LongWork<T> work, Consumer<T> then) {
        job(title, p -> work.run(project, p)).onSuccess(then).start();
    }

    /** Long work that changes nothing in the project (an export), with progress and cancel; start the returned job. */
    public <T> Background.Job<T> longRead(String title, LongWork<T> work, Consumer<T> then) {
        return job(title, p -> work.run(project, p)).onSuccess(then);
    }

    /** Long work with progress and cancel; start the returned job, keep it to cancel it. Afterwards every pane reloads. */
    public <T> Background.Job<T> longJob(String title, LongWork<T> work, Consumer<T> then) {
        return job(title, p -> {
            refuseWhileAway();
            return work.run(project, p);
        }).onSuccess(result -> {
            then.accept(result);
            changes.set(changes.get() + 1);
        });
    }

    /**
     * Follows the changes others commit to a team project: each one reloads the panes as a
     * change made here does (counts, highlights, stripes, segment lists), and the server going
     * away or coming back shows in {@link #reachable()}.
     */
    public void followOthers() {
        following = project.followChanges(new ChangeFollower.Listener() {
            @Override
            public void changed(long generation) {
                background.later(() -> {
                    if (!closed && followed >= 0 && generation != followed) {
                        changes.set(changes.get() + 1);
                    }
                    followed = generation;
                });
            }

            @Override
            public void reachable(boolean now) {
                away = !now;
                background.later(() -> reachable.set(now));
            }
        });
    }

    /**
     * While a team project's server is known to be away, a change is not even tried: it is
     * refused with the reason, so nothing is shown as done that the server did not commit. (A
     * change tried just as the server goes fails on its own, and is not shown as done either.)
     */
    private void refuseWhileAway() {
        if (away) {
            throw new ProjectException("The server cannot be reached: the project is read-only until it is back");
        }
    }

    /** False while a team project's server cannot be reached: changes are refused until it is back. */
    public ReadOnlyBooleanProperty reachable() {
        return reachable.getReadOnlyProperty();
    }

    /** Why the project was opened for reading only, if it was (a read-only disk, no permission, a full disk). */
    public Optional<ReadOnlyCause> readOnlyCause() {
        return Optional.ofNullable(readOnly);
    }

    /** The project's own words for why it can only be read (naming its folder); empty when it can be changed. */
    public String readOnlyReason() {
        return readOnlyReason;
    }

    /**
     * Whether the project can be changed now: it was not opened read-only, and a team project's
     * server is not away. Menus that change the project are disabled while it is false.
     */
    public BooleanBinding canChange() {
        return canChange;
    }

    /** Counts the changes made through this session (and others', on a team project); panes listen to it to reload. */
    public ReadOnlyLongProperty changes() {
        return changes.getReadOnlyProperty();
    }

    /** A job on this project: once the session is closed it neither runs nor reports. */
    private <T> Background.Job<T> job(String title, Background.Work<T> work) {
        return background.job(title, work).onlyWhile(() -> !closed);
    }

    /** Whether {@link #close()} was called; work asked for afterwards is skipped. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Closes the project: the running work is asked to stop, work still queued is skipped and
     * nothing reports back to the window any more, then the project closes on the worker.
     */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        background.cancelCurrent();
        ChangeFollower followed = following;
        background.job("Closing " + project.name(), p -> {
            if (followed != null) {
                followed.close();
            }
            project.close();
            return null;
        }).start();
    }
}
