package org.verbatim.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.verbatim.project.VerbatimHome;

/**
 * Keeps {@link Preferences} in {@code preferences.json} of the user's Verbatim folder. A
 * change is saved after a short quiet period (dragging a split changes it many times a
 * second), written to a temporary file and moved into place, so a crash never leaves half a file.
 */
public final class PreferencesStore {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesStore.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final long quietMillis;
    private final ReadOnlyObjectWrapper<Preferences> current;
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "verbatim-preferences");
        t.setDaemon(true);
        return t;
    });
    private ScheduledFuture<?> pending;

    public PreferencesStore(Path file, long quietMillis) {
        this.file = file;
        this.quietMillis = quietMillis;
        this.current = new ReadOnlyObjectWrapper<>(load(file));
    }

    /** The store of this user's preferences, with a half-second quiet period. */
    public static PreferencesStore forUser() {
        return new PreferencesStore(VerbatimHome.preferencesFile(), 500);
    }

    public Preferences get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Preferences> property() {
        return current.getReadOnlyProperty();
    }

    /** Changes the preferences and saves them once no further change comes for the quiet period. */
    public synchronized void update(UnaryOperator<Preferences> change) {
        current.set(change.apply(current.get()));
        if (pending != null) {
            pending.cancel(false);
        }
        pending = saver.schedule(this::save, quietMillis, TimeUnit.MILLISECONDS);
    }

    /** Saves now what is pending (on exit). */
    public synchronized void flush() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
            save();
        }
    }

    private void save() {
        Preferences snapshot = current.get();
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temp.toFile(), snapshot);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save preferences to {}", file, e);
        }
    }

    private static Preferences load(Path file) {
        if (!Files.isRegularFile(file)) {
            return Preferences.defaults();
        }
        try {
            Preferences read = JSON.readValue(file.toFile(), Preferences.class);
            return read.coder() == null || read.coder().isBlank() ? read.withCoder(Preferences.defaults().coder()) : read;
        } catch (IOException e) {
            // A damaged file costs the user only their layout; start from the defaults.
            LOG.warn("Cannot read preferences from {}; using defaults", file, e);
            return Preferences.defaults();
        }
    }
}
