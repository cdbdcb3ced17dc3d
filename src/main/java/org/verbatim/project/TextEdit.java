package org.verbatim.project;

/**
 * One correction of a document's text: the passage to replace — a range {@code [start, end)}
 * (start may equal end, to insert), or a quote and, when it occurs more than once, which
 * occurrence (1-based) — and the text to put in its place (empty to delete).
 */
public record TextEdit(Integer start, Integer end, String quote, Integer occurrence, String text) {
    public static TextEdit range(int start, int end, String text) {
        return new TextEdit(start, end, null, null, text);
    }

    public static TextEdit quote(String quote, Integer occurrence, String text) {
        return new TextEdit(null, null, quote, occurrence, text);
    }
}
