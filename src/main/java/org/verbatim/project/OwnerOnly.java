package org.verbatim.project;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Interviews are readable by their owner only: project folders, the per-user folder (logs,
 * preferences) and exported files are created without group or other access, whatever the
 * umask. On file systems without POSIX permissions (Windows, FAT) the system's own defaults apply.
 */
public final class OwnerOnly {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} (and missing parents) and makes it the owner's alone. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix()) {
            Files.setPosixFilePermissions(folder, FOLDER);
        }
        return folder;
    }

    /** The attributes that create a new file readable by its owner only (none where POSIX permissions do not exist). */
    static FileAttribute<?>[] newFile() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** The per-user folder ({@code ~/.verbatim}) and its logs folder, made the owner's alone; failures are harmless. */
    public static void userFolders() {
        try {
            folder(VerbatimHome.path().resolve("logs"));
            if (posix()) {
                Files.setPosixFilePermissions(VerbatimHome.path(), FOLDER);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // A read-only home still lets the user work; the log then goes nowhere.
        }
    }
}
