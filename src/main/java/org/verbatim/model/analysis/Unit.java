package org.verbatim.model.analysis;

import java.util.Locale;

/**
 * What a cross-tab counts in each cell: coded segments, documents with at least one such
 * segment, or distinct participants who said it (once per cell however often they said it).
 */
public enum Unit {
    SEGMENTS, DOCUMENTS, PARTICIPANTS;

    /** The name as the command line and JSON spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
