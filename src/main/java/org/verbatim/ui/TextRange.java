package org.verbatim.ui;

/** {@code [start, end)} of a document's text, in UTF-16 units as everywhere in Verbatim. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a text range: [" + start + ", " + end + ")");
        }
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }
}
