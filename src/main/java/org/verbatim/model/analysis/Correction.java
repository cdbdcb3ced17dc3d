package org.verbatim.model.analysis;

import java.util.Locale;

/**
 * How the p-values of many per-code tests are corrected for testing many codes at once: Holm's
 * step-down method (controls the chance of any false finding), Benjamini–Hochberg (controls the
 * expected share of false findings among those called significant), or none.
 */
public enum Correction {
    HOLM("holm", "Holm"), BH("bh", "Benjamini–Hochberg"), NONE("none", "none");

    private final String label;
    private final String title;

    Correction(String label, String title) {
        this.label = label;
        this.title = title;
    }

    /** The name as the command line and JSON spell it. */
    public String label() {
        return label;
    }

    /** The name a reader knows the method by. */
    public String title() {
        return title;
    }

    public static Correction parse(String label) {
        for (Correction c : values()) {
            if (c.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown correction '" + label + "' (use holm, bh or none)");
    }
}
