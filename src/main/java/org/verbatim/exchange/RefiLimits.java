package org.verbatim.exchange;

/**
 * Bounds on what a .qdpx may make Verbatim read, so a hostile or broken archive cannot fill
 * memory or disk: the number of entries, the bytes of one entry and of all entries read.
 */
public record RefiLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes) {
    /** 20,000 entries; an entry at most 512 MiB (the standard allows 2 GiB, no interview needs it); 1 GiB read in all. */
    public static final RefiLimits DEFAULT = new RefiLimits(20_000, 512L << 20, 1L << 30);
}
