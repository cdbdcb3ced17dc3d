package org.verbatim.transcript;

import java.util.List;

/**
 * The result of reading one transcript file: the normalised text (BOM removed, line breaks
 * LF, Unicode NFC), its turns in order, the detected format, the encoding the bytes were
 * decoded with (a Java charset name), and the language ({@code en} or {@code ru}).
 */
public record ParsedTranscript(String text, List<ParsedTurn> turns, SourceFormat format,
                               String encoding, String language) {
    public ParsedTranscript {
        turns = List.copyOf(turns);
    }
}
