package org.verbatim.transcript;

import java.nio.charset.Charset;

/**
 * Decides whether bytes that are not UTF-8 are Russian text in Windows-1251 or in KOI8-R.
 *
 * <p>Both encodings put Cyrillic letters in the upper half of the byte range, but in swapped
 * places: decoding one as the other turns the mostly lowercase letters of real prose into
 * mostly uppercase letters (or, for KOI8-R's 0x80–0xBF, box-drawing characters). So a
 * candidate is plausible when its Cyrillic letters are mostly lowercase, rarely glued to Latin
 * letters, and it produces little junk. The glue test is what rejects Latin-1 text, whose
 * accented letters land on Cyrillic code points in the middle of Latin words ("cafй").
 */
final class CyrillicEncodingGuesser {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");

    private static final Charset[] CANDIDATES = {WINDOWS_1251, KOI8_R};

    private CyrillicEncodingGuesser() {
    }

    /** The plausible encoding with more lowercase Cyrillic letters, or null if neither is plausible. */
    static Charset guess(byte[] bytes) {
        Charset best = null;
        Score bestScore = null;
        for (Charset candidate : CANDIDATES) {
            Score score = score(bytes, upperHalfTable(candidate));
            if (score.plausible() && (bestScore == null || score.lowercase > bestScore.lowercase)) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How each byte 0x80–0xFF decodes, so scoring needs no decoded copy of a large file. */
    private static char[] upperHalfTable(Charset charset) {
        byte[] upper = new byte[128];
        for (int i = 0; i < 128; i++) {
            upper[i] = (byte) (0x80 + i);
        }
        String decoded = new String(upper, charset);
        return decoded.length() == 128 ? decoded.toCharArray() : fallbackTable(charset);
    }

    private static char[] fallbackTable(Charset charset) {
        char[] table = new char[128];
        for (int i = 0; i < 128; i++) {
            String s = new String(new byte[] {(byte) (0x80 + i)}, charset);
            table[i] = s.length() == 1 ? s.charAt(0) : '\uFFFD';
        }
        return table;
    }

    private static Score score(byte[] bytes, char[] table) {
        Score score = new Score();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            char c = table[b - 0x80];
            score.nonAscii++;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC && Character.isLetter(c)) {
                score.cyrillic++;
                if (Character.isLowerCase(c)) {
                    score.lowercase++;
                }
                if (isAsciiLetterAt(bytes, i - 1) || isAsciiLetterAt(bytes, i + 1)) {
                    score.gluedToLatin++;
                }
            } else if (isJunk(c)) {
                score.junk++;
            }
        }
        return score;
    }

    private static boolean isAsciiLetterAt(byte[] bytes, int i) {
        if (i < 0 || i >= bytes.length) {
            return false;
        }
        int b = bytes[i];
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    private static boolean isJunk(char c) {
        return c == '\uFFFD'
                || Character.isISOControl(c)
                || (c >= '\u2500' && c <= '\u259F')   // box drawing and block elements
                || Character.isLetter(c);             // letters of another script
    }

    private static final class Score {
        long nonAscii;
        long cyrillic;
        long lowercase;
        long gluedToLatin;
        long junk;

        boolean plausible() {
            return cyrillic > 0
                    && lowercase * 2 > cyrillic
                    && gluedToLatin * 10 <= cyrillic
                    && junk * 20 <= nonAscii;
        }
    }
}
