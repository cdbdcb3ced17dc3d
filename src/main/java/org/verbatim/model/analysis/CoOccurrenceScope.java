package org.verbatim.model.analysis;

import java.util.Locale;

/**
 * When two codes co-occur: their segments overlap, they touch the same speaker turn, or they
 * are in the same document.
 */
public enum CoOccurrenceScope {
    OVERLAP, TURN, DOCUMENT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
