package org.verbatim.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes subtitle cues as a readable transcript. Subtitles cut speech into two-second
 * fragments that mean nothing to a coder; consecutive fragments of one speaker are therefore
 * joined into one turn, and each turn becomes a {@code Speaker: words} paragraph, paragraphs
 * separated by a blank line. Cue numbers and timings are left out of the text; a turn keeps
 * the start time of its first cue. A cue that names no speaker continues the current turn;
 * before any speaker it starts a paragraph that belongs to no turn.
 */
final class SubtitleTranscriptBuilder {
    private SubtitleTranscriptBuilder() {
    }

    static TextWithTurns build(List<CueSegment> segments) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        for (CueSegment segment : segments) {
            boolean continues = current != null
                    && (segment.speaker() == null || segment.speaker().equals(current.speaker));
            if (!continues) {
                current = new Paragraph(segment.speaker(), segment.startMs());
                paragraphs.add(current);
            }
            current.add(segment.words());
        }
        return write(paragraphs);
    }

    private static TextWithTurns write(List<Paragraph> paragraphs) {
        StringBuilder text = new StringBuilder();
        List<ParsedTurn> turns = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (p.speaker == null && p.words.length() == 0) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            if (p.speaker == null) {
                text.append(p.words);
                continue;
            }
            text.append(p.speaker).append(':');
            if (p.words.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(p.words);
            turns.add(new ParsedTurn(p.speaker, p.startMs, start, text.length()));
        }
        return new TextWithTurns(text.toString(), turns);
    }

    private static final class Paragraph {
        final String speaker;
        final long startMs;
        final StringBuilder words = new StringBuilder();

        Paragraph(String speaker, long startMs) {
            this.speaker = speaker;
            this.startMs = startMs;
        }

        void add(String more) {
            if (more.isEmpty()) {
                return;
            }
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(more);
        }
    }
}
