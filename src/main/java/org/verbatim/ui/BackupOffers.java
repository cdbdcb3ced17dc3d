package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.verbatim.project.Backups;
import org.verbatim.project.DamagedProjectException;
import org.verbatim.project.Project;

/**
 * When a project cannot be opened because its database is damaged, the newest of its backups is
 * offered: restored into a new folder beside it and opened, the damaged one left as it is.
 */
public final class BackupOffers {
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>();
    private volatile Offer found;

    /** A damaged project, the backup offered for it, when that was made, and the new folder it would be restored into. */
    public record Offer(Path damaged, Path backup, Instant made, Path restoreInto, String why) {
    }

    /**
     * Opens a project (on the background thread) and reads it through; a damaged one is closed
     * and refused, with its newest backup found for the offer. A null project (none to reopen) passes.
     */
    Project openSound(Supplier<Project> open) {
        found = null;
        try {
            Project project = open.get();
            if (project == null) {
                return null;
            }
            try {
                project.readThrough();
            } catch (RuntimeException e) {
                project.close();
                throw e;
            }
            return project;
        } catch (DamagedProjectException e) {
            e.latestBackup().ifPresent(b -> found = new Offer(e.folder(), b, made(b), restoreFolder(e.folder()), e.getMessage()));
            throw e;
        }
    }

    /** On the FX thread, after an opening failed: shows the offer found, if any. */
    void afterFailure() {
        offer.set(found);
        found = null;
    }

    void dismiss() {
        offer.set(null);
    }

    ReadOnlyObjectProperty<Offer> offer() {
        return offer.getReadOnlyProperty();
    }

    /** On the background thread: restores the backup and opens the restored project. */
    Project restore(Offer chosen) {
        Backups.restore(chosen.backup(), chosen.restoreInto());
        return openSound(() -> Project.open(chosen.restoreInto()));
    }

    private static Instant made(Path backup) {
        return Backups.madeAt(backup).orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(backup).toInstant();
            } catch (java.io.IOException e) {
                return Instant.EPOCH;
            }
        });
    }

    /** {@code NAME-restored.verbatim} beside the damaged project, numbered when that is taken. */
    static Path restoreFolder(Path damaged) {
        String name = damaged.getFileName().toString();
        String base = name.endsWith(Project.EXTENSION) ? name.substring(0, name.length() - Project.EXTENSION.length()) : name;
        Path candidate = damaged.resolveSibling(base + "-restored" + Project.EXTENSION);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = damaged.resolveSibling(base + "-restored-" + n + Project.EXTENSION);
        }
        return candidate;
    }
}
