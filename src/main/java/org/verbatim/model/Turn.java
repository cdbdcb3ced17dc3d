package org.verbatim.model;

/**
 * One speaker's turn in a document: {@code [start, end)} covers the words after the speaker
 * label, in UTF-16 units of the document text. {@code timestampMs} is null when the
 * transcript gives none.
 */
public record Turn(long id, long documentId, int index, String speaker, Long timestampMs, int start, int end) {

    /** True when this turn shares at least one character with {@code [from, to)}. */
    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
