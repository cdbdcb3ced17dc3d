package org.verbatim.ui;

/** Counts in words for labels: "1 segment", "1,179 segments". */
final class Plural {
    private Plural() {
    }

    /** {@code count} with thousands separators and the noun in the right number ({@code singular} + "s" for more or none). */
    static String of(long count, String singular) {
        return String.format(java.util.Locale.ROOT, "%,d %s", count, count == 1 ? singular : singular + "s");
    }
}
