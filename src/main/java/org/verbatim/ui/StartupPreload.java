package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectEncryption;

/**
 * Start-up work that needs no window, begun by the launcher before the JavaFX toolkit starts,
 * so it runs on the second core while the toolkit and the start screen come up: reading the
 * preferences, then opening the last project. The window takes the results when it needs them.
 * Without {@link #begin} (tests, a project named on the command line) everything is done as it
 * is asked for.
 */
public final class StartupPreload {
    private static volatile CompletableFuture<PreferencesStore> preferences;
    private static volatile CompletableFuture<Project> lastProject;

    private StartupPreload() {
    }

    /** Reads the preferences and, when {@code reopenLast}, opens the last project, on a daemon thread. */
    public static void begin(boolean reopenLast) {
        Executor thread = work -> {
            Thread t = new Thread(work, "verbatim-preload");
            t.setDaemon(true);
            t.start();
        };
        CompletableFuture<PreferencesStore> prefs = CompletableFuture.supplyAsync(PreferencesStore::forUser, thread);
        preferences = prefs;
        if (reopenLast) {
            lastProject = prefs.thenApply(store -> {
                String last = store.get().lastProject();
                // An encrypted project waits for its password on the start screen.
                return last != null && Files.isRegularFile(Path.of(last).resolve("project.mv.db"))
                        && !ProjectEncryption.isEncrypted(Path.of(last)) ? Project.open(Path.of(last)) : null;
            });
        }
    }

    /** The user's preferences: read ahead when begun, else now. */
    static PreferencesStore preferences() {
        CompletableFuture<PreferencesStore> ahead = preferences;
        preferences = null;
        return ahead == null ? PreferencesStore.forUser() : await(ahead);
    }

    /** The last project being opened ahead (its result null when there is none), or null when nothing was begun; handed out once. */
    static CompletableFuture<Project> takeLastProject() {
        CompletableFuture<Project> ahead = lastProject;
        lastProject = null;
        return ahead;
    }

    /** Waits for work begun ahead; its failure is thrown as it would have been thrown had the work run here. */
    static <T> T await(CompletableFuture<T> ahead) {
        try {
            return ahead.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
