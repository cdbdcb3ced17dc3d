package org.verbatim.project;

/** Distinct, readable default colours for new codes, used in turn. */
final class Palette {
    private static final String[] COLOURS = {
        "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
        "#9C755F", "#BAB0AC", "#1F77B4", "#17BECF", "#BCBD22", "#8C564B", "#D62728", "#2CA02C"
    };

    private Palette() {
    }

    static String colour(long n) {
        return COLOURS[(int) Math.floorMod(n, (long) COLOURS.length)];
    }

    static String checked(String colour) {
        if (colour == null) {
            return null;
        }
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new ProjectException("The colour '" + colour + "' is not of the form #RRGGBB");
        }
        return colour.toUpperCase(java.util.Locale.ROOT);
    }
}
