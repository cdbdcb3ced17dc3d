package org.verbatim.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Looks for a word of the interviews in a file, as an encrypted project must never hold one in clear. */
public final class ClearText {
    private ClearText() {
    }

    /** Whether the file holds the word as UTF-8 or UTF-16 (either byte order), as written, in lower or in upper case. */
    public static boolean holdsWord(Path file, String marker) {
        byte[] bytes;
        try {
            if (Files.size(file) > 512L << 20) {
                return false;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false;
        }
        for (String form : List.of(marker, marker.toLowerCase(Locale.ROOT), marker.toUpperCase(Locale.ROOT))) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                if (indexOf(bytes, form.getBytes(charset)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
