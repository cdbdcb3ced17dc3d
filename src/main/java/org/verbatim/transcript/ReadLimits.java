package org.verbatim.transcript;

/**
 * How much a transcript file may cost to read. The defaults keep a hostile or mistaken file
 * (a video renamed to .txt, a zip bomb renamed to .docx) from exhausting memory or time; tests
 * lower them to exercise the refusals without building huge files.
 *
 * @param maxFileBytes     largest file accepted, in bytes on disk
 * @param maxZipEntries    most entries a .docx archive may hold
 * @param maxZipTotalBytes most bytes all entries of a .docx may inflate to together
 * @param maxZipEntryBytes most bytes one entry of a .docx may inflate to
 */
record ReadLimits(long maxFileBytes, int maxZipEntries, long maxZipTotalBytes, long maxZipEntryBytes) {
    static final long MB = 1024L * 1024L;

    static final ReadLimits DEFAULT = new ReadLimits(64 * MB, 1_000, 100 * MB, 50 * MB);

    ReadLimits {
        if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes out of range: " + maxFileBytes);
        }
        if (maxZipEntries <= 0 || maxZipTotalBytes <= 0 || maxZipEntryBytes <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
