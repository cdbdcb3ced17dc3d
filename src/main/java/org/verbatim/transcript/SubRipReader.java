package org.verbatim.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads SubRip (.srt) subtitles and turns them into a transcript (see
 * {@link SubtitleTranscriptBuilder}). A cue is a number line, a timing line and text lines up
 * to a blank line. The reader goes line by line from timing line to timing line rather than
 * trusting blank lines, because hand-edited .srt files often lose them; a number line just
 * before a timing line is taken as that cue's number, not as text of the cue above.
 */
final class SubRipReader {
    static final String NO_CUES = "not a SubRip file: no subtitle cues found";

    private static final Pattern CUE_NUMBER = Pattern.compile("\\h*\\d+\\h*");

    private SubRipReader() {
    }

    /** Reads normalised SubRip text. */
    static TextWithTurns read(String text) throws ContentRefusedException {
        String[] lines = text.split("\n", -1);
        List<CueSegment> segments = new ArrayList<>();
        CueNotes notes = new CueNotes();
        Long startMs = null;
        List<String> cueLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            CueTiming.Timing timing = CueTiming.read(lines[i]);
            if (timing != null) {
                if (startMs != null) {
                    dropTrailingCueNumber(cueLines);
                    segments.addAll(CueTextSegmenter.segment(startMs, cueLines, CueTextSegmenter.Dialect.SUBRIP));
                }
                startMs = notes.start(timing);
                cueLines = new ArrayList<>();
            } else if (startMs != null) {
                if (lines[i].isBlank()) {
                    segments.addAll(CueTextSegmenter.segment(startMs, cueLines, CueTextSegmenter.Dialect.SUBRIP));
                    startMs = null;
                    cueLines = new ArrayList<>();
                } else {
                    cueLines.add(lines[i]);
                }
            }
        }
        if (startMs != null) {
            segments.addAll(CueTextSegmenter.segment(startMs, cueLines, CueTextSegmenter.Dialect.SUBRIP));
        }
        if (notes.usableCues() == 0) {
            throw new ContentRefusedException(NO_CUES);
        }
        return SubtitleTranscriptBuilder.build(segments).withNotes(notes.list());
    }

    private static void dropTrailingCueNumber(List<String> cueLines) {
        if (!cueLines.isEmpty() && CUE_NUMBER.matcher(cueLines.get(cueLines.size() - 1)).matches()) {
            cueLines.remove(cueLines.size() - 1);
        }
    }
}
