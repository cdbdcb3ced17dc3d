package org.verbatim.project;

/** How much of the text around a search hit a segment made from it covers. */
public enum HitUnit {
    /** The matched words. */
    MATCH,
    /** The sentence (or sentences) of the turn the matched words are in. */
    SENTENCE,
    /** The whole turn, after the speaker label. */
    TURN
}
