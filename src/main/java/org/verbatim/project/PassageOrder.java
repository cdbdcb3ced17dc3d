package org.verbatim.project;

import java.util.Locale;

/** How a group's passages are listed: as they come in the documents, longest first, or most typical of the code first. */
public enum PassageOrder {
    DOCUMENT, LENGTH, TYPICALITY;

    /** The name on the command line and in JSON: {@code document}, {@code length}, {@code typicality}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The order named {@code label} (ignoring case), or an error naming the three. */
    public static PassageOrder of(String label) {
        for (PassageOrder o : values()) {
            if (o.label().equalsIgnoreCase(label == null ? "" : label.strip())) {
                return o;
            }
        }
        throw new ProjectException("Unknown order '" + label + "' (use document, length or typicality)");
    }

    @Override
    public String toString() {
        return switch (this) {
            case DOCUMENT -> "By document";
            case LENGTH -> "Longest first";
            case TYPICALITY -> "Most typical first";
        };
    }
}
