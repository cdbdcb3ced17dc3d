package org.verbatim.transcript;

/**
 * A turn found in a transcript: the speaker label as written (without the colon), the
 * timestamp in milliseconds if the transcript gives one, and {@code [start, end)} of the
 * turn's words after the label, in UTF-16 units of the normalised text.
 */
public record ParsedTurn(String speaker, Long timestampMs, int start, int end) { }
