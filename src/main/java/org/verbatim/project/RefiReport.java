package org.verbatim.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an import or merge of a REFI-QDA project (or of another Verbatim project) did: what was
 * added, what matched what the project had, and what was left out and why. {@link #complete()}
 * is true when every coding of text came in.
 */
public record RefiReport(String file, Counts added, Counts matched, int segmentsAlreadyPresent,
                         int attributeValues, int setsNotKept, List<LeftOut> leftOut,
                         Map<String, Integer> notModelled, List<String> countings) {
    public RefiReport {
        leftOut = List.copyOf(leftOut);
        notModelled = Map.copyOf(notModelled);
        countings = List.copyOf(countings);
    }

    /** How many of each kind of thing. */
    public record Counts(int codes, int documents, int segments, int coders, int participants, int memos) { }

    /**
     * Something of the file that did not come in: what it is (e.g. {@code selection}), its id in
     * the file, and why. {@code coding} is true for a coding of text, whose loss makes the
     * import incomplete.
     */
    public record LeftOut(String what, String id, String reason, boolean coding) { }

    /** True when every coding of text in the file is now a segment (or was one already). */
    public boolean complete() {
        return leftOut.stream().noneMatch(LeftOut::coding);
    }

    /** The codings of text that could not be placed. */
    public List<LeftOut> codingsLeftOut() {
        return leftOut.stream().filter(LeftOut::coding).toList();
    }

    /** The summary as lines of text, the same on the command line and in the window. */
    public List<String> lines(boolean merge) {
        List<String> out = new ArrayList<>();
        out.add((merge ? "Merged from " : "Imported from ") + file + ":");
        out.add("  codes " + added.codes() + ", documents " + added.documents() + ", segments " + added.segments()
                + ", coders " + added.coders() + ", participants " + added.participants() + ", attribute values "
                + attributeValues + ", memos " + added.memos() + (merge ? " added" : ""));
        if (merge) {
            out.add("  matched in the project: codes " + matched.codes() + ", documents " + matched.documents()
                    + ", coders " + matched.coders() + ", participants " + matched.participants()
                    + ", segments already there " + segmentsAlreadyPresent + ", memos already there "
                    + matched.memos());
        }
        if (setsNotKept > 0) {
            out.add("  sets (code and document groups): " + setsNotKept + " read, not kept (Verbatim has no groups)");
        }
        Map<String, List<String>> byCounting = new java.util.LinkedHashMap<>();
        for (String c : countings) {
            int colon = c.lastIndexOf(": ");
            byCounting.computeIfAbsent(c.substring(colon + 2), k -> new ArrayList<>()).add(c.substring(0, colon));
        }
        byCounting.forEach((counting, sources) -> out.add("  positions counted as " + counting + ": "
                + (sources.size() <= 3 ? String.join(", ", sources) : sources.size() + " sources")));
        if (!notModelled.isEmpty()) {
            StringBuilder b = new StringBuilder("  not modelled in Verbatim, left out: ");
            notModelled.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> b.append(e.getValue()).append(' ').append(e.getKey()).append(", "));
            out.add(b.substring(0, b.length() - 2));
        }
        if (!leftOut.isEmpty()) {
            out.add("  left out (" + leftOut.size() + "):");
            for (LeftOut l : leftOut) {
                out.add("    " + l.what() + " " + l.id() + ": " + l.reason());
            }
        }
        out.add(complete() ? "  every coding of text came in"
                : "  " + codingsLeftOut().size() + " coded selections of text could not be placed (listed above)");
        return out;
    }
}
