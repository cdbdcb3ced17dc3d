package org.verbatim.transcript;

import java.util.Locale;

/** Byte counts in the words used in refusal messages. */
final class Sizes {
    private Sizes() {
    }

    /**
     * A size as whole megabytes, rounded up so that a file just over a limit never reads as
     * being at the limit; sizes below a megabyte fall back to KB or bytes so small test
     * limits still read sensibly.
     */
    static String describe(long bytes) {
        if (bytes >= ReadLimits.MB) {
            return ceilDiv(bytes, ReadLimits.MB) + " MB";
        }
        if (bytes >= 1024) {
            return ceilDiv(bytes, 1024) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    /** A count with thousands separators, as in "1,000 entries". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
