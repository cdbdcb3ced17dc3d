package org.verbatim.transcript;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads WebVTT captions, the format Microsoft Teams and Zoom export meeting transcripts in, and
 * turns them into a transcript (see {@link SubtitleTranscriptBuilder}). The file is read as
 * blocks separated by blank lines: the {@code WEBVTT} header block, NOTE, STYLE and REGION
 * blocks (skipped), and cues (an optional identifier line, a timing line, text lines).
 */
final class WebVttReader {
    static final String NO_HEADER = "not a WebVTT file: it does not start with WEBVTT";
    static final String NO_CUES = "not a usable WebVTT file: no subtitle cues found";

    private static final Pattern HEADER = Pattern.compile("WEBVTT(?:[ \\t].*)?");
    private static final Pattern NON_CUE_BLOCK = Pattern.compile("(?:NOTE|STYLE|REGION)(?:[ \\t].*)?");

    private WebVttReader() {
    }

    /** Reads normalised WebVTT text. */
    static TextWithTurns read(String text) throws ContentRefusedException {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (!HEADER.matcher(lines.get(0)).matches()) {
            throw new ContentRefusedException(NO_HEADER);
        }
        List<CueSegment> segments = new ArrayList<>();
        CueNotes notes = new CueNotes();
        List<List<String>> blocks = blocks(lines);
        // The first block is the header with its optional metadata lines; a file that forgot
        // the blank line after the header still has its first cue read.
        List<String> header = blocks.remove(0);
        for (int i = 1; i < header.size(); i++) {
            if (CueTiming.read(header.get(i)) != null) {
                blocks.add(0, header.subList(i, header.size()));
                break;
            }
        }
        for (List<String> block : blocks) {
            if (NON_CUE_BLOCK.matcher(block.get(0)).matches()) {
                continue;
            }
            int timing = timingLineIndex(block);
            long startMs = timing < 0 ? notes.withoutTiming("it has no timing line")
                    : notes.start(CueTiming.read(block.get(timing)));
            segments.addAll(CueTextSegmenter.segment(startMs, block.subList(timing + 1, block.size()),
                    CueTextSegmenter.Dialect.WEBVTT));
        }
        if (notes.usableCues() == 0) {
            throw new ContentRefusedException(NO_CUES);
        }
        return SubtitleTranscriptBuilder.build(segments).withNotes(notes.list());
    }

    private static int timingLineIndex(List<String> block) {
        for (int i = 0; i < Math.min(2, block.size()); i++) {
            if (CueTiming.read(block.get(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    /** Groups lines into runs of non-blank lines. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank()) {
                current = null;
            } else {
                if (current == null) {
                    current = new ArrayList<>();
                    blocks.add(current);
                }
                current.add(line);
            }
        }
        return blocks;
    }
}
