package org.verbatim.project;

import java.util.List;
import java.util.Optional;
import org.verbatim.transcript.ParsedTurn;
import org.verbatim.transcript.TranscriptReaders;

/**
 * The speaker label a line of a transcript starts with, found exactly as an import finds it:
 * the speaker, and where the words after the label (and its time) begin. The window's edit
 * mode splits and joins turns with it.
 */
public record SpeakerLine(String speaker, int wordsStart) {

    /** The label {@code line} (one line, no line break) starts with, if it starts a turn. */
    public static Optional<SpeakerLine> of(String line) {
        List<ParsedTurn> turns = TranscriptReaders.turnsOf(line);
        if (turns.isEmpty() || line.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        ParsedTurn t = turns.get(0);
        int start = t.start();
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return Optional.of(new SpeakerLine(t.speaker(), start));
    }
}
