package org.verbatim.project;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.ServerUnreachableException;
import org.verbatim.store.Tx;

/**
 * Follows the changes others commit to a team project while it is open: on each announcement
 * (or every half second at the latest; at most every quarter second while changes keep coming)
 * it brings the local search index up to date from the change feed, without a rebuild, and
 * tells its listener the new generation, so a window shows others' codings within a second. It also tells whether the server can be reached; when
 * it comes back, following resumes by itself. On a project file only this process writes, and
 * the listener hears of its own changes.
 */
public final class ChangeFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final Duration GAP = Duration.ofMillis(250);

    /** Hears, on the follower's own thread, of new generations and of the server's reachability. */
    public interface Listener {
        void changed(long generation);

        void reachable(boolean reachable);
    }

    private final ProjectStore store;
    private final SearchIndexSync index;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;

    ChangeFollower(ProjectStore store, SearchIndexSync index, Listener listener) {
        this.store = store;
        this.index = index;
        this.listener = listener;
        index.followed(true);
        this.thread = new Thread(this::follow, "follow project changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void follow() {
        long seen = -1;
        Boolean reachable = null;
        while (!closed) {
            try {
                long now = store.read(Tx::generation);
                if (!Boolean.TRUE.equals(reachable)) {
                    reachable = true;
                    listener.reachable(true);
                }
                if (now != seen) {
                    index.catchUp();
                    seen = now;
                    listener.changed(now);
                    // While others code fast, one catch-up takes in the changes of a quarter second,
                    // rather than each client re-indexing a document for every single coding.
                    Thread.sleep(GAP.toMillis());
                }
                store.awaitChange(WAIT);
            } catch (InterruptedException e) {
                return;
            } catch (ServerUnreachableException e) {
                if (!Boolean.FALSE.equals(reachable)) {
                    reachable = false;
                    LOG.warn("The server cannot be reached; following changes again when it is back: {}", e.getMessage());
                    listener.reachable(false);
                }
                if (!pause()) {
                    return;
                }
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Following the project's changes failed; trying again", e);
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(WAIT.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        index.followed(false);
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
