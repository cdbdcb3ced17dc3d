package org.verbatim.transcript;

import java.util.List;

/**
 * The result of reading one transcript file: the normalised text (BOM removed, line breaks
 * LF, Unicode NFC), its turns in order, the detected format, the encoding the bytes were
 * decoded with (a Java charset name), the language ({@code en} or {@code ru}), and notes on
 * what could not be read as it should (each names the place, the reason and what was done).
 */
public record ParsedTranscript(String text, List<ParsedTurn> turns, SourceFormat format,
                               String encoding, String language, List<String> notes) {
    public ParsedTranscript {
        turns = List.copyOf(turns);
        notes = List.copyOf(notes);
    }

    public ParsedTranscript(String text, List<ParsedTurn> turns, SourceFormat format, String encoding, String language) {
        this(text, turns, format, encoding, language, List.of());
    }
}
