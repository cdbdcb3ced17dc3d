package org.verbatim.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte order mark (some Windows tools and transcription
 * services write it so). Such a file is full of zero bytes, which would otherwise make it look
 * like binary data. It is taken as UTF-16 only when its zero bytes sit in one byte of each pair
 * (the high byte of spaces, digits and Latin letters) and that byte order decodes it strictly
 * into text that reads as text: letters, digits, punctuation and white space, hardly anything else.
 */
final class Utf16Sniffer {
    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final double READABLE = 0.95;
    /** At least this share of pairs has its zero in the high byte (spaces and punctuation alone give more). */
    private static final double HIGH_ZEROS = 0.10;
    /** At most this share of pairs has a zero in the other byte. */
    private static final double LOW_ZEROS = 0.01;

    private Utf16Sniffer() {
    }

    /** UTF-16LE or UTF-16BE when the bytes are BOM-less UTF-16 text; null otherwise. */
    static Charset sniff(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0 || ByteOrderMarks.charsetOf(bytes) != null) {
            return null;
        }
        int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        // Little-endian puts the high byte second (odd positions), big-endian first.
        if (zerosInOneByte(oddZeros, evenZeros, pairs) && readable(bytes, StandardCharsets.UTF_16LE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (zerosInOneByte(evenZeros, oddZeros, pairs) && readable(bytes, StandardCharsets.UTF_16BE)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean zerosInOneByte(int highZeros, int lowZeros, int pairs) {
        return highZeros >= HIGH_ZEROS * pairs && lowZeros <= LOW_ZEROS * pairs;
    }

    private static boolean readable(byte[] bytes, Charset order) {
        String text;
        try {
            text = order.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES))).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        if (text.isEmpty()) {
            return false;
        }
        int readable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 0 && (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || isPunctuation(c))) {
                readable++;
            }
        }
        return readable >= READABLE * text.length();
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL;
    }
}
