package org.verbatim.transcript;

/**
 * Watches a stream of XML bytes for {@code <!DOCTYPE}, fed one buffer at a time so a match
 * split across buffers is still seen. Zero bytes are skipped and ASCII letters compared
 * without case, so the UTF-16 spellings of the declaration are caught as well.
 */
final class DoctypeScanner {
    private static final byte[] TARGET = "<!doctype".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private int matched;
    private boolean found;

    /** Feeds {@code length} bytes; returns whether a declaration has been seen so far. */
    boolean feed(byte[] buffer, int length) {
        for (int i = 0; i < length && !found; i++) {
            int b = buffer[i];
            if (b == 0) {
                continue;
            }
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b == TARGET[matched]) {
                matched++;
                found = matched == TARGET.length;
            } else {
                // No proper prefix of the target recurs inside it, so only '<' can restart a match.
                matched = b == '<' ? 1 : 0;
            }
        }
        return found;
    }
}
