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
 * @param maxTurns         most speaker turns (or subtitle cues) one transcript may hold: every
 *                         turn costs memory while it is stored and indexed, and a 64 MB file of
 *                         one-word turns would hold six million of them
 */
record ReadLimits(long maxFileBytes, int maxZipEntries, long maxZipTotalBytes, long maxZipEntryBytes, int maxTurns) {
    static final long MB = 1024L * 1024L;
    /** Far beyond any interview or focus group (a three-hour group has a few thousand turns), and
     * within the default 1 GB heap for import, indexing and the window (docs/performance.md). */
    static final int MAX_TURNS = 1_000_000;

    static final ReadLimits DEFAULT = new ReadLimits(64 * MB, 1_000, 100 * MB, 50 * MB, MAX_TURNS);

    ReadLimits(long maxFileBytes, int maxZipEntries, long maxZipTotalBytes, long maxZipEntryBytes) {
        this(maxFileBytes, maxZipEntries, maxZipTotalBytes, maxZipEntryBytes, MAX_TURNS);
    }

    ReadLimits {
        if (maxFileBytes <= 0 || maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes out of range: " + maxFileBytes);
        }
        if (maxZipEntries <= 0 || maxZipTotalBytes <= 0 || maxZipEntryBytes <= 0 || maxTurns <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
