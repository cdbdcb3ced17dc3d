package org.verbatim.transcript;

import java.text.Normalizer;

/**
 * Brings decoded text to the one form all offsets refer to: no byte order mark, LF line
 * breaks, Unicode NFC. Nothing else changes, because the stored text must be what the
 * researcher sees in the file; NFC matters so that "é" typed two ways is one string for
 * search and for the coding segments' offsets.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String normalise(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
