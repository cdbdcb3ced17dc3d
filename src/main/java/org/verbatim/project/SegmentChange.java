package org.verbatim.project;

/**
 * What a correction does to one segment: where it was and what it covered, and where it goes
 * and what it will cover (for a segment that loses all its words, the new place is -1 and the
 * new text empty).
 */
public record SegmentChange(long segmentId, String code, String coder, Kind kind, int oldStart, int oldEnd,
                            String oldText, int newStart, int newEnd, String newText) {

    /** How a segment fares. */
    public enum Kind {
        /** Same place, same words. */
        UNCHANGED,
        /** Same words at another place. */
        MOVES,
        /** Covers fewer words: some of its words were taken out. */
        SHRINKS,
        /** Covers more words: words were put into it. */
        GROWS,
        /** Covers as many words as before, but not the same (a word corrected). */
        CHANGES,
        /** None of its words are left: saving removes it. */
        LOSES_ALL_WORDS
    }
}
