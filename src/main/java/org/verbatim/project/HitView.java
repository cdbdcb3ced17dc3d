package org.verbatim.project;

/**
 * A search hit as a keyword-in-context line: where it is (document, turn, speaker,
 * participant, time) and the matched words with context before and after them.
 * {@code start} and {@code end} are the matched words' offsets in the document text.
 */
public record HitView(int number, long documentId, String document, int turn, String speaker, String participant,
                      Long timestampMs, int start, int end, String before, String matched, String after) { }
