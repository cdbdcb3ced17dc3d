package org.verbatim.project;

import java.nio.file.Path;
import java.util.Optional;
import org.verbatim.store.DamagedStoreException;

/**
 * The project's database file is damaged: part of it cannot be read, and nothing more is written
 * to it. The message names what cannot be read and the two ways on: salvaging what can be read
 * into a new project, or restoring the newest backup.
 */
public final class DamagedProjectException extends ProjectException {
    private final Path folder;

    DamagedProjectException(Path folder, String what, Throwable cause) {
        super("Project " + folder.getFileName() + ": its database project.mv.db is damaged (" + what + ");"
                + " nothing more is written to it. " + waysOn(folder), cause);
        this.folder = folder;
    }

    /** Refuses a project whose database has parts that cannot be read ({@code damage}, as the store lists them). */
    static void refuse(Path folder, java.util.List<String> damage) {
        if (!damage.isEmpty()) {
            throw new DamagedProjectException(folder, damage.get(0)
                    + (damage.size() > 1 ? " (and " + (damage.size() - 1) + " more)" : ""), null);
        }
    }

    /** The damaged project's folder. */
    public Path folder() {
        return folder;
    }

    /** The damaged project's newest backup, if it has one. */
    public Optional<Path> latestBackup() {
        return new Backups(folder).latest();
    }

    /** How to go on from a damaged project: salvage it, or restore its newest backup. */
    public static String waysOn(Path folder) {
        String copy = folder.resolveSibling(BackupArchive.projectName(folder) + "-recovered" + Project.EXTENSION).toString();
        String salvage = "Salvage what can be read: verbatim recover " + folder + " --out " + copy;
        Optional<Path> latest = new Backups(folder).latest();
        return latest.map(b -> salvage + "; or restore the newest backup: verbatim restore " + b + " "
                + folder.resolveSibling(BackupArchive.projectName(folder) + "-restored" + Project.EXTENSION))
                .orElse(salvage + " (it has no backup in " + Backups.folderOf(folder) + ")");
    }

    /**
     * The failure as the user should hear of it: a damaged database, wherever it was met, becomes
     * this exception; anything else is returned as it is.
     */
    public static Exception explained(Exception failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DamagedProjectException) {
                return (DamagedProjectException) t;
            }
            if (t instanceof DamagedStoreException d) {
                return new DamagedProjectException(Path.of(d.where()), d.getMessage(), d);
            }
        }
        return failure;
    }
}
