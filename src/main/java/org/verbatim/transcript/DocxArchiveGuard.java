package org.verbatim.transcript;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inspects a .docx archive before Apache POI sees it. A .docx is a ZIP of XML parts, which
 * makes it the one input format that can be weaponised: a zip bomb (a tiny file that inflates
 * to gigabytes) or an XML part with a DTD (external entities that read local files or reach the
 * network). The guard inflates every entry once, counting the bytes really produced — header
 * sizes are written by the attacker and prove nothing — and stops at the first limit passed,
 * so a bomb costs seconds and a fixed buffer, never its inflated size.
 */
final class DocxArchiveGuard {
    static final String NOT_ZIP = "not a Word document: the file is not a ZIP archive";
    static final String NO_DOCUMENT = "not a Word document: word/document.xml is missing";
    static final String DOCUMENT_PART = "word/document.xml";

    private final ReadLimits limits;

    DocxArchiveGuard(ReadLimits limits) {
        this.limits = limits;
    }

    void check(byte[] bytes) throws ContentRefusedException {
        if (!looksLikeZip(bytes)) {
            throw new ContentRefusedException(NOT_ZIP);
        }
        boolean hasDocument = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxZipEntries()) {
                    throw new ContentRefusedException("refused: the archive has more than "
                            + Sizes.count(limits.maxZipEntries()) + " entries (zip bomb?)");
                }
                String name = entry.getName();
                if (pointsOutside(name)) {
                    throw new ContentRefusedException("refused: the archive holds an entry named '" + printable(name)
                            + "' that points outside the archive; Word never writes one (possible path-traversal attack)");
                }
                hasDocument |= DOCUMENT_PART.equals(name);
                DoctypeScanner doctype = isXmlPart(name) ? new DoctypeScanner() : null;
                long entryBytes = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > limits.maxZipEntryBytes()) {
                        throw new ContentRefusedException("refused: " + printable(name) + " expands to more than "
                                + Sizes.describe(limits.maxZipEntryBytes()) + " (zip bomb?)");
                    }
                    if (total > limits.maxZipTotalBytes()) {
                        throw new ContentRefusedException("refused: the archive expands to more than "
                                + Sizes.describe(limits.maxZipTotalBytes()) + " (zip bomb?)");
                    }
                    if (doctype != null && doctype.feed(buffer, n)) {
                        throw new ContentRefusedException("refused: " + printable(name)
                                + " declares a DTD; Word never writes one (possible XML external entity attack)");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException, EOFException for truncated files; IllegalArgumentException for entry
            // names that are not valid UTF-8.
            throw new ContentRefusedException("not a readable Word document: the ZIP archive is damaged ("
                    + e.getMessage() + ")", e);
        }
        if (!hasDocument) {
            throw new ContentRefusedException(NO_DOCUMENT);
        }
    }

    /**
     * A name that would land outside a folder the archive is unpacked into: a parent step, an
     * absolute path, a drive or a backslash path. Nothing here unpacks a .docx, but an archive
     * built this way was built to attack whatever does, and deserves that name.
     */
    static boolean pointsOutside(String name) {
        String n = name.replace('\\', '/');
        return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                || n.contains("/../") || n.endsWith("/..");
    }

    /** Local file header, or the end record of an empty archive. */
    private static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /** Parts POI parses as XML. Media such as SVG images may carry a DOCTYPE harmlessly. */
    private static boolean isXmlPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Entry names come from the file; keep them short and free of control characters in messages. */
    private static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 77) + "..." : cleaned;
    }
}
