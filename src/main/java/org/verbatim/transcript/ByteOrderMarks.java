package org.verbatim.transcript;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Recognises the byte order marks that announce a Unicode encoding at the start of a file. */
final class ByteOrderMarks {
    private ByteOrderMarks() {
    }

    /** The encoding a BOM announces, or null if the bytes start with none. */
    static Charset charsetOf(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Length in bytes of the BOM at the start, 0 if there is none. */
    static int length(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        if (charset == null) {
            return 0;
        }
        return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        return StandardCharsets.UTF_16LE.equals(charset) || StandardCharsets.UTF_16BE.equals(charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
