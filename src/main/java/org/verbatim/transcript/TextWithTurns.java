package org.verbatim.transcript;

import java.util.List;

/**
 * A transcript's normalised text with the turns found in it, before format and language are
 * attached, and notes on what the reader could not read as it should (a malformed subtitle cue).
 */
record TextWithTurns(String text, List<ParsedTurn> turns, List<String> notes) {
    TextWithTurns {
        notes = List.copyOf(notes);
    }

    TextWithTurns(String text, List<ParsedTurn> turns) {
        this(text, turns, List.of());
    }

    TextWithTurns withNotes(List<String> more) {
        return new TextWithTurns(text, turns, more);
    }
}
