package org.verbatim.search;

/**
 * One match of a query, as a keyword-in-context line: the matched words and up to the asked
 * number of characters before and after them within the turn. {@code start} and {@code end}
 * are offsets of the matched words in the document text, so
 * {@code text.substring(start, end).equals(matched)}. A turn that matches only through
 * filters ({@code speaker:}, attributes) is one hit covering the whole turn.
 *
 * @param number    1-based position in the result
 * @param turn      the turn's index in its document (the paragraph's, in a document without turns)
 * @param turnStart offset of the turn's words in the document text
 * @param turnEnd   end of the turn's words in the document text
 */
public record SearchHit(int number, long documentId, String document, int turn, String speaker, String participant,
                        Long timestampMs, int start, int end, String before, String matched, String after,
                        int turnStart, int turnEnd) { }
