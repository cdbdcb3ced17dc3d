package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Restores a backup ({@link BackupArchive}) into a new project folder. The archive is not
 * trusted: it must hold a Verbatim backup's manifest and database, every other entry must be a
 * plain file name under {@code originals/}, and the number of entries and the bytes written are
 * bounded. It is unpacked into a hidden folder beside the destination and moved into place, so a
 * refused or failed restore leaves nothing behind.
 */
public final class BackupRestore {
    static final int MAX_ENTRIES = 100_000;
    static final long MAX_DATABASE_BYTES = 16L << 30;
    static final long MAX_ORIGINAL_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 64L << 30;
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}:]{1,255}");

    private BackupRestore() {
    }

    /** What a restore brought back. */
    public record Restored(Path folder, BackupManifest manifest, int originals) {
    }

    static Restored restore(Path backup, Path destination) {
        Path dest = destination.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup)) {
            throw new ProjectException("Cannot restore " + backup + ": no such file");
        }
        refuseExisting(dest);
        Path temp = dest.resolveSibling("." + dest.getFileName() + ".restoring-" + System.nanoTime());
        try (ZipFile zip = open(backup)) {
            BackupManifest manifest = checkedManifest(backup, zip);
            OwnerOnly.folder(temp.resolve("originals"));
            int originals = unpack(backup, zip, temp);
            refuseExisting(dest);
            if (Files.isDirectory(dest)) {
                Files.delete(dest);
            }
            Files.move(temp, dest, StandardCopyOption.ATOMIC_MOVE);
            return new Restored(dest, manifest, originals);
        } catch (IOException e) {
            throw new ProjectException("Cannot restore " + backup + " into " + destination + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void refuseExisting(Path dest) {
        try {
            if (Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                boolean empty = Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS);
                if (empty) {
                    try (Stream<Path> entries = Files.list(dest)) {
                        empty = entries.findAny().isEmpty();
                    }
                }
                if (!empty) {
                    throw new ProjectException("Cannot restore into " + dest + ": it already exists and is not empty;"
                            + " give a new folder, e.g. " + dest.resolveSibling(dest.getFileName() + "-restored.verbatim"));
                }
            }
            if (dest.getParent() == null || !Files.isDirectory(dest.getParent())) {
                throw new ProjectException("Cannot restore into " + dest + ": the folder " + dest.getParent() + " does not exist");
            }
        } catch (IOException e) {
            throw new ProjectException("Cannot restore into " + dest + ": " + e.getMessage(), e);
        }
    }

    private static ZipFile open(Path backup) throws IOException {
        try {
            return new ZipFile(backup.toFile());
        } catch (ZipException e) {
            throw notABackup(backup, "it is not a zip file");
        }
    }

    private static BackupManifest checkedManifest(Path backup, ZipFile zip) throws IOException {
        if (zip.size() > MAX_ENTRIES) {
            throw notABackup(backup, "it holds " + zip.size() + " entries, more than a backup can (" + MAX_ENTRIES + ")");
        }
        ZipEntry entry = zip.getEntry(BackupArchive.MANIFEST);
        if (entry == null) {
            throw notABackup(backup, "it has no " + BackupArchive.MANIFEST);
        }
        var bytes = new java.io.ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            BackupArchive.copyBounded(in, bytes, 64 * 1024, BackupArchive.MANIFEST);
        }
        BackupManifest manifest = BackupArchive.manifest(bytes.toByteArray());
        if (manifest == null) {
            throw notABackup(backup, "its " + BackupArchive.MANIFEST + " is not a Verbatim backup's");
        }
        if (zip.getEntry(BackupArchive.DATABASE) == null) {
            throw notABackup(backup, "it has no " + BackupArchive.DATABASE);
        }
        return manifest;
    }

    /** Writes each entry under a name this method makes, never a path taken from the archive. */
    private static int unpack(Path backup, ZipFile zip, Path temp) throws IOException {
        Set<String> seen = new HashSet<>();
        long total = 0;
        int originals = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            if (!seen.add(name)) {
                throw notABackup(backup, "it holds " + printable(name) + " twice");
            }
            Path target;
            long limit;
            if (name.equals(BackupArchive.MANIFEST) || (entry.isDirectory() && name.equals(BackupArchive.ORIGINALS))) {
                continue;
            } else if (name.equals(BackupArchive.DATABASE)) {
                target = temp.resolve("project.mv.db");
                limit = MAX_DATABASE_BYTES;
            } else if (name.equals(BackupArchive.KEY_HEADER)) {
                target = temp.resolve(BackupArchive.KEY_HEADER);
                limit = 64 * 1024;
            } else if (name.startsWith(BackupArchive.ORIGINALS) && isPlainName(name.substring(BackupArchive.ORIGINALS.length()))) {
                target = temp.resolve("originals").resolve(name.substring(BackupArchive.ORIGINALS.length()));
                limit = MAX_ORIGINAL_BYTES;
                originals++;
            } else {
                throw notABackup(backup, "it holds an entry a backup never has: " + printable(name));
            }
            try (InputStream in = zip.getInputStream(entry);
                 OutputStream out = Files.newOutputStream(Files.createFile(target, OwnerOnly.newFile()),
                         StandardOpenOption.WRITE)) {
                total += BackupArchive.copyBounded(in, out, Math.min(limit, MAX_TOTAL_BYTES - total), printable(name));
            }
        }
        return originals;
    }

    static boolean isPlainName(String name) {
        return PLAIN_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return "'" + (shown.length() > 80 ? shown.substring(0, 80) + "…" : shown) + "'";
    }

    private static ProjectException notABackup(Path backup, String why) {
        return new ProjectException(backup + " is not a Verbatim backup: " + why
                + " (a backup is made by: verbatim backup PROJECT --out FILE, or found in PROJECT/backups/)");
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover hidden folder beside the destination; the restore's own outcome is what counts.
        }
    }
}
