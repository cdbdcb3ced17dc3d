package org.verbatim.transcript;

import java.nio.charset.Charset;

/**
 * Tells text from binary data (an audio file, a PDF, a spreadsheet renamed to .txt) before
 * anything tries to decode it, so the researcher hears "binary data" rather than a confusing
 * encoding complaint. Text never contains NUL and rarely contains control characters other
 * than tab, line feed, form feed and carriage return.
 */
final class BinaryContentCheck {
    static final String REASON = "binary data, not a text transcript";

    /** How much of the start of the file the control-character count looks at. */
    private static final int SAMPLE = 64 * 1024;

    private BinaryContentCheck() {
    }

    /**
     * Checks raw bytes. Skipped for UTF-16 and UTF-32 (by byte order mark or by the caller's
     * choice of encoding), whose ASCII characters legitimately contain zero bytes; those are
     * checked after decoding with {@link #checkText}.
     */
    static void checkBytes(byte[] bytes, Charset declared) throws ContentRefusedException {
        if (isWideEncoding(declared) || ByteOrderMarks.hasUtf16Bom(bytes)) {
            return;
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ContentRefusedException(REASON);
            }
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (isSuspiciousControl(bytes[i] & 0xFF)) {
                controls++;
            }
        }
        refuseIfTooMany(controls, sample);
    }

    /** Checks decoded text, the only way to see binary data disguised behind a UTF-16 BOM. */
    static void checkText(String text) throws ContentRefusedException {
        int sample = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new ContentRefusedException(REASON);
            }
            if (isSuspiciousControl(c)) {
                controls++;
            }
        }
        refuseIfTooMany(controls, sample);
    }

    private static void refuseIfTooMany(int controls, int sample) throws ContentRefusedException {
        if (controls * 100L > sample) {
            throw new ContentRefusedException(REASON);
        }
    }

    private static boolean isSuspiciousControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    private static boolean isWideEncoding(Charset charset) {
        if (charset == null) {
            return false;
        }
        String name = charset.name().toUpperCase(java.util.Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }
}
