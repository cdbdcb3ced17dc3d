package org.verbatim.project;

import java.util.List;
import org.verbatim.model.Document;

/** Turns what a coding request says — a range, or a quote and its occurrence — into checked offsets. */
final class Passages {
    private Passages() {
    }

    /** {@code [start, end)} of the passage in the document's text, or a message saying why there is none. */
    static int[] rangeOf(Document d, CodingRequest r) {
        int length = d.text().length();
        if (r.quote() != null) {
            if (r.start() != null) {
                throw new ProjectException("Give either a range or a quote, not both");
            }
            return chooseOccurrence(d, QuoteLocator.find(d.text(), r.quote()), r.quote(), r.occurrence());
        }
        if (r.start() == null || r.end() == null) {
            throw new ProjectException("Give the passage to code as a range (start:end) or a quote");
        }
        if (r.start() < 0 || r.end() > length || r.start() >= r.end()) {
            throw new ProjectException("The range " + r.start() + ":" + r.end() + " is outside " + d.name()
                    + " or empty (the text has " + length + " characters; a range is start:end with start < end)");
        }
        return new int[] {r.start(), r.end()};
    }

    /**
     * The occurrence of a quote the user chose ({@code occurrence}, 1-based) among those found;
     * with none chosen, the only one. Refused with the reason when there is none, or several.
     */
    static int[] chooseOccurrence(Document d, List<int[]> found, String quote, Integer occurrence) {
        if (found.isEmpty()) {
            throw new ProjectException("The quote was not found in " + d.name() + ": \"" + abbreviate(quote) + "\"");
        }
        if (occurrence == null) {
            if (found.size() > 1) {
                throw new ProjectException("The quote occurs " + found.size() + " times in " + d.name()
                        + "; choose one with --occurrence 1.." + found.size());
            }
            return found.get(0);
        }
        if (occurrence < 1 || occurrence > found.size()) {
            throw new ProjectException("The quote occurs " + (found.size() == 1 ? "once" : found.size() + " times")
                    + " in " + d.name() + "; occurrence " + occurrence + " does not exist");
        }
        return found.get(occurrence - 1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
