package org.verbatim.transcript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text transcript into a String. Order of evidence: the caller's choice,
 * then a byte order mark, then strict UTF-8, then the two Russian legacy encodings that
 * transcripts from older Windows and Unix machines still arrive in. Anything else is refused
 * rather than guessed, because a wrong guess silently garbles the data being analysed.
 */
final class TextDecoder {
    static final String UNRECOGNISED = "unrecognised text encoding (not UTF-8, UTF-16, Windows-1251 or KOI8-R);"
            + " give one with --encoding";

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes, Charset override) throws ContentRefusedException {
        if (override != null) {
            return new DecodedText(strict(bytes, 0, override, "the file is not valid " + override.name()
                    + " text; check the --encoding given"), override.name());
        }
        Charset bomCharset = ByteOrderMarks.charsetOf(bytes);
        if (bomCharset != null) {
            String text = strict(bytes, ByteOrderMarks.length(bytes), bomCharset,
                    "the file is marked as " + bomCharset.name() + " but is not valid " + bomCharset.name()
                            + "; give the right encoding with --encoding");
            return new DecodedText(text, bomCharset.name());
        }
        String utf8 = strictOrNull(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8.name());
        }
        Charset legacy = CyrillicEncodingGuesser.guess(bytes);
        if (legacy == null) {
            throw new ContentRefusedException(UNRECOGNISED);
        }
        return new DecodedText(new String(bytes, legacy), legacy.name());
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String reason)
            throws ContentRefusedException {
        String text = strictOrNull(bytes, offset, charset);
        if (text == null) {
            throw new ContentRefusedException(reason);
        }
        return text;
    }

    private static String strictOrNull(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
