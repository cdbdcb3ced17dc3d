package org.verbatim.project;

import java.util.List;
import org.verbatim.project.SegmentChange.Kind;

/**
 * What a correction of a document's text does, or did: the version it was saved as (0 for a
 * preview that saved nothing), a one-line summary, words and turns before and after, and what
 * happens to each segment. {@link #before()} is the document as it was, which undoing the
 * correction puts back; {@link #newText()} is the corrected text.
 */
public record CorrectionReport(long documentId, String document, int version, String summary, int wordsBefore,
                               int wordsAfter, int turnsBefore, int turnsAfter, List<SegmentChange> segments,
                               DocumentState before, String newText) {
    public CorrectionReport {
        segments = List.copyOf(segments);
    }

    /** The segments that fare as {@code kind} says, in text order. */
    public List<SegmentChange> of(Kind kind) {
        return segments.stream().filter(s -> s.kind() == kind).toList();
    }

    public int count(Kind kind) {
        return (int) segments.stream().filter(s -> s.kind() == kind).count();
    }

    /** Whether saving removes segments because none of their words are left. */
    public boolean losesSegments() {
        return count(Kind.LOSES_ALL_WORDS) > 0;
    }

    public boolean saved() {
        return version > 0;
    }
}
