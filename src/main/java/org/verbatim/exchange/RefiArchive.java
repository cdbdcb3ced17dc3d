package org.verbatim.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a REFI-QDA project: a .qdpx archive (one {@code *.qde} at its root and the
 * source files, usually under {@code sources/} in any case) or a bare {@code project.qde},
 * whose source files may sit in a {@code sources} folder beside it.
 *
 * <p>Names in an archive are never used as paths: every entry name is checked (no {@code ..},
 * no absolute or drive paths), the number of entries and the bytes read are bounded whatever
 * the archive declares, and source files are looked up only by their base name.
 */
public final class RefiArchive implements AutoCloseable {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final Path file;
    private final RefiLimits limits;
    private final ZipFile zip;
    private byte[] qde;
    private final String qdeName;
    private final Map<String, ZipEntry> entries;
    private final Path folder;
    private long bytesRead;

    private RefiArchive(Path file, RefiLimits limits, ZipFile zip, byte[] qde, String qdeName,
                        Map<String, ZipEntry> entries, Path folder) {
        this.file = file;
        this.limits = limits;
        this.zip = zip;
        this.qde = qde;
        this.qdeName = qdeName;
        this.entries = entries;
        this.folder = folder;
    }

    /** Opens a .qdpx archive or a bare .qde file; refuses what is neither, naming the problem. */
    public static RefiArchive open(Path file, RefiLimits limits) {
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(file + ": no such file");
        }
        try {
            byte[] head = new byte[4];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 4);
            }
            boolean zipped = n == 4 && java.util.Arrays.equals(head, ZIP_MAGIC);
            if (zipped) {
                return openZip(file, limits);
            }
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
                throw new ExchangeException(file.getFileName() + " is not a REFI-QDA project archive: a .qdpx is a"
                        + " zip file, and this file is not one");
            }
            if (Files.size(file) > limits.maxEntryBytes()) {
                throw new ExchangeException(file.getFileName() + " is larger than " + limits.maxEntryBytes()
                        + " bytes, the most Verbatim reads for a project.qde");
            }
            return new RefiArchive(file, limits, null, Files.readAllBytes(file), file.getFileName().toString(),
                    Map.of(), sourcesFolderBeside(file));
        } catch (IOException e) {
            throw new ExchangeException(file.getFileName() + " cannot be read: " + e.getMessage());
        }
    }

    private static RefiArchive openZip(Path file, RefiLimits limits) throws IOException {
        String name = file.getFileName().toString();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ExchangeException(name + " is not a readable zip archive (" + e.getMessage() + ")");
        }
        try {
            if (zip.size() > limits.maxEntries()) {
                throw new ExchangeException(name + " has " + zip.size() + " entries, more than the "
                        + limits.maxEntries() + " Verbatim accepts in a .qdpx");
            }
            List<ZipEntry> qdes = new ArrayList<>();
            Map<String, ZipEntry> sources = new HashMap<>();
            int count = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new ExchangeException(name + " has more than " + limits.maxEntries() + " entries");
                }
                String entryName = checkedName(name, e.getName());
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw new ExchangeException(name + ": the entry " + entryName + " is " + e.getSize()
                            + " bytes, more than the " + limits.maxEntryBytes() + " Verbatim reads from one entry");
                }
                if (e.isDirectory()) {
                    continue;
                }
                String[] parts = entryName.split("/");
                String base = parts[parts.length - 1];
                if (parts.length == 1 && base.toLowerCase(Locale.ROOT).endsWith(".qde")) {
                    qdes.add(e);
                } else if (!base.startsWith(".")) {
                    // Base names only: tools disagree on the folder's case and on nesting.
                    sources.putIfAbsent(base.toLowerCase(Locale.ROOT), e);
                }
            }
            if (qdes.isEmpty()) {
                throw new ExchangeException(name + " holds no project.qde at its root, so it is not a REFI-QDA"
                        + " project archive");
            }
            if (qdes.size() > 1) {
                throw new ExchangeException(name + " holds " + qdes.size() + " .qde files at its root ("
                        + String.join(", ", qdes.stream().map(ZipEntry::getName).toList())
                        + "); a REFI-QDA archive has one");
            }
            RefiArchive archive = new RefiArchive(file, limits, zip, null, qdes.get(0).getName(), sources, null);
            archive.qde = archive.read(qdes.get(0));
            return archive;
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    /** Refuses entry names that would point outside a folder they were extracted to. */
    static String checkedName(String archive, String raw) {
        String n = raw.replace('\\', '/');
        boolean absolute = n.startsWith("/") || n.matches("^[A-Za-z]:.*");
        boolean climbs = false;
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                climbs = true;
            }
        }
        if (absolute || climbs || n.indexOf('\0') >= 0) {
            throw new ExchangeException(archive + ": the entry '" + raw + "' has " + (absolute ? "an absolute path"
                    : climbs ? "a path that climbs out of the archive (..)" : "a NUL character in its name")
                    + "; Verbatim refuses such archives");
        }
        return n;
    }

    private static Path sourcesFolderBeside(Path qde) throws IOException {
        Path parent = qde.toAbsolutePath().getParent();
        if (parent == null) {
            return null;
        }
        try (var list = Files.list(parent)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().equalsIgnoreCase("sources"))
                    .findFirst().orElse(null);
        }
    }

    /** The archive or file name, for messages. */
    public String name() {
        return file.getFileName().toString();
    }

    /** Where source files are looked for, for messages: "in NAME.qdpx" or "in a sources folder beside project.qde". */
    public String whereSourcesAre() {
        return zip != null ? "in " + name() : "in a sources folder beside " + name();
    }

    /** The name of the .qde inside (or the file itself). */
    public String qdeName() {
        return qdeName;
    }

    /** The bytes of the project XML. */
    public byte[] qde() {
        return qde.clone();
    }

    /**
     * The bytes of a file the XML refers to ({@code internal://GUID.txt}, {@code relative:///x.txt}
     * or a bare name), looked up by its base name; empty when the archive does not hold it.
     */
    public Optional<byte[]> file(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String ref = reference.strip().replace('\\', '/');
        String base = ref.substring(ref.lastIndexOf('/') + 1);
        if (base.isEmpty() || base.equals("..") || base.equals(".")) {
            return Optional.empty();
        }
        try {
            if (zip != null) {
                ZipEntry e = entries.get(base.toLowerCase(Locale.ROOT));
                return e == null ? Optional.empty() : Optional.of(read(e));
            }
            if (folder == null) {
                return Optional.empty();
            }
            try (var list = Files.list(folder)) {
                Optional<Path> found = list.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().equalsIgnoreCase(base)).findFirst();
                if (found.isEmpty()) {
                    return Optional.empty();
                }
                try (InputStream in = Files.newInputStream(found.get())) {
                    return Optional.of(bounded(in, base));
                }
            }
        } catch (IOException e) {
            throw new ExchangeException(name() + ": " + base + " cannot be read: " + e.getMessage());
        }
    }

    private byte[] read(ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return bounded(in, e.getName());
        } catch (ZipException z) {
            throw new ExchangeException(name() + ": the entry " + e.getName() + " is damaged (" + z.getMessage() + ")");
        }
    }

    /** Reads at most the limits' bytes, whatever sizes the archive declares. */
    private byte[] bounded(InputStream in, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limits.maxEntryBytes()) {
                throw new ExchangeException(name() + ": the entry " + what + " unpacks to more than "
                        + limits.maxEntryBytes() + " bytes, the most Verbatim reads from one entry");
            }
            if (bytesRead + total > limits.maxTotalBytes()) {
                throw new ExchangeException(name() + " unpacks to more than " + limits.maxTotalBytes()
                        + " bytes in all, the most Verbatim reads from one archive");
            }
            out.write(buf, 0, n);
        }
        bytesRead += total;
        return out.toByteArray();
    }

    @Override
    public void close() {
        if (zip != null) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // Nothing was written through it; a failed close loses nothing.
            }
        }
    }
}
