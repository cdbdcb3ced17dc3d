package org.verbatim.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Verbatim backup: one zip file holding {@code verbatim-backup.json} (what it is), the database
 * file {@code project.mv.db} and {@code originals/}, all exactly as stored — an encrypted
 * project's backup is as encrypted as the project, and holds its key header
 * {@code encryption.properties} (the salt, never the password or the key). The search index is left out: it is
 * rebuilt from the database.
 */
final class BackupArchive {
    static final String MANIFEST = "verbatim-backup.json";
    static final String FORMAT = "verbatim-backup";
    static final String DATABASE = "project.mv.db";
    static final String ORIGINALS = "originals/";
    /** An encrypted project's key header: not secret, and without it the backup could never be opened. */
    static final String KEY_HEADER = org.verbatim.store.KeyHeader.FILE_NAME;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BackupArchive() {
    }

    /**
     * Writes a backup of the database copy {@code database} and the originals in
     * {@code projectFolder} to {@code out}; {@code generation} is -1 when not known.
     */
    static BackupManifest write(Path projectFolder, Path database, long generation, OutputStream out) throws IOException {
        List<Path> originals = originals(projectFolder.resolve("originals"));
        BackupManifest manifest = new BackupManifest(projectName(projectFolder), Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), generation, originals.size());
        ZipOutputStream zip = new ZipOutputStream(out);
        // The fastest compression: backups are made while a project opens; encrypted bytes do not shrink anyway.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(manifest)));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(DATABASE));
        Files.copy(database, zip);
        zip.closeEntry();
        Path keyHeader = projectFolder.resolve(KEY_HEADER);
        if (Files.isRegularFile(keyHeader, LinkOption.NOFOLLOW_LINKS)) {
            zip.putNextEntry(new ZipEntry(KEY_HEADER));
            Files.copy(keyHeader, zip);
            zip.closeEntry();
        }
        for (Path original : originals) {
            zip.putNextEntry(new ZipEntry(ORIGINALS + original.getFileName()));
            Files.copy(original, zip);
            zip.closeEntry();
        }
        zip.finish();
        return manifest;
    }

    private static ObjectNode json(BackupManifest m) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("formatVersion", 1);
        node.put("project", m.project());
        node.put("created", m.created().toString());
        if (m.generation() >= 0) {
            node.put("generation", m.generation());
        }
        node.put("originals", m.originals());
        return node;
    }

    /** Reads a manifest's bytes; null when they are not a Verbatim backup's manifest. */
    static BackupManifest manifest(byte[] bytes) {
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || !FORMAT.equals(node.path("format").asText())) {
                return null;
            }
            return new BackupManifest(node.path("project").asText("project"), Instant.parse(node.path("created").asText()),
                    node.path("generation").asLong(-1), node.path("originals").asInt(0));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The regular files in {@code originals/}, in name order; links and anything else are not project data. */
    private static List<Path> originals(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith(".")) {
                    files.add(p);
                }
            }
        }
        files.sort(null);
        return files;
    }

    static String projectName(Path folder) {
        String n = folder.toAbsolutePath().normalize().getFileName().toString();
        return n.endsWith(Project.EXTENSION) ? n.substring(0, n.length() - Project.EXTENSION.length()) : n;
    }

    /** Copies at most {@code limit} bytes; throws when there are more. */
    static long copyBounded(InputStream in, OutputStream out, long limit, String what) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new IOException(what + " is larger than " + limit / (1024 * 1024) + " MB");
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
