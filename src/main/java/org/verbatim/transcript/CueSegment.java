package org.verbatim.transcript;

/**
 * The words one speaker says in one subtitle cue. A cue usually holds one segment; a cue
 * with two voices or two dialogue lines holds two.
 *
 * @param startMs start time of the cue, in milliseconds
 * @param speaker who speaks, or null if the cue does not say
 * @param words   the cleaned words: tags removed, whitespace collapsed; may be empty when a
 *                label stands alone
 */
record CueSegment(long startMs, String speaker, String words) { }
