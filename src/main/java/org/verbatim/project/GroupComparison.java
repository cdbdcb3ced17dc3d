package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.verbatim.model.analysis.GroupShare;

/**
 * Groups side by side: for each code chosen, one column per value of an attribute with how many
 * of that group raised the code and the group's passages. {@code unit} says what was counted —
 * {@code participants}, or {@code documents} in a project whose speakers are not participants —
 * and {@code note} explains a comparison that could not be split by the attribute (blank when
 * there is nothing to say).
 *
 * @param columnsAre "participant attribute", "document attribute", or "everyone" for one column
 */
public record GroupComparison(String attribute, String columnsAre, String unit, List<String> groups, String note,
                              List<CodeComparison> codes) {

    /** One code: its path and description, and its groups in column order. */
    public record CodeComparison(String code, String description, List<Group> groups) {
        /** Every passage of the code, each once, whichever columns it is in. */
        public long passageCount() {
            return groups.stream().flatMap(g -> g.passages().stream()).mapToLong(p -> p.passage().segment().id())
                    .distinct().count();
        }
    }

    /**
     * One column: the share of the group that raised the code, and the group's passages in the order
     * asked for — two coders' segments over the same words listed once.
     */
    public record Group(GroupShare share, List<ComparedPassage> passages) {
        public String value() {
            return share.group();
        }

        /**
         * The passages to quote: those marked as quotes, or when none is marked the most typical,
         * at most {@code n} of them, most typical first, none overlapping another.
         */
        public List<ComparedPassage> quotes(int n) {
            List<ComparedPassage> marked = passages.stream().filter(ComparedPassage::quote).toList();
            List<ComparedPassage> chosen = new ArrayList<>(marked.isEmpty() ? passages : marked);
            chosen.sort(Comparator.comparingDouble(ComparedPassage::typicality).reversed());
            // Overlapping passages (a code and its sub-code on much the same words) are quoted once.
            List<ComparedPassage> out = new ArrayList<>();
            for (ComparedPassage p : chosen) {
                if (out.size() < n && out.stream().noneMatch(q -> overlap(p, q))) {
                    out.add(p);
                }
            }
            return out;
        }

        private static boolean overlap(ComparedPassage a, ComparedPassage b) {
            var x = a.passage().segment();
            var y = b.passage().segment();
            return x.documentId() == y.documentId() && x.start() < y.end() && y.start() < x.end();
        }
    }
}
