package org.verbatim.transcript;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts a subtitle file's cues and notes each one whose timing cannot be used. Such a cue's
 * words are kept — with the time of the cue before it, so they stay in order — and the note
 * says so: a transcript never loses words without a word said.
 */
final class CueNotes {
    private final List<String> notes = new ArrayList<>();
    private int cues;
    private int usable;
    private long lastStartMs;

    /** The start to give the next cue, read from its timing line. */
    long start(CueTiming.Timing timing) {
        cues++;
        if (timing.usable()) {
            usable++;
            lastStartMs = timing.startMs();
            return lastStartMs;
        }
        return note(timing.problem());
    }

    /** The start to give the next cue, which has no timing line at all. */
    long withoutTiming(String problem) {
        cues++;
        return note(problem);
    }

    private long note(String problem) {
        notes.add("cue " + cues + ": " + problem + "; its words were kept"
                + (usable == 0 ? " at the start" : " with the time of the cue before it"));
        return lastStartMs;
    }

    int usableCues() {
        return usable;
    }

    List<String> list() {
        return List.copyOf(notes);
    }
}
