package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.RowTest;
import org.verbatim.model.analysis.RowTests;
import org.verbatim.project.Listing;

/** How {@code crosstab --stats} shows its test per code in the table, CSV and JSON. */
final class RowTestOutput {
    private RowTestOutput() {
    }

    /** The heading of the per-code table: what is tested over what, and the correction. */
    static String heading(CrossTab t) {
        RowTests tests = t.rowTests();
        return "Test per code: raised vs not raised, over the " + tests.units() + " of each " + t.attribute()
                + " (share raised with its 95% Wilson interval; p corrected for " + tested(tests) + " codes by "
                + tests.correction().title() + "):";
    }

    private static long tested(RowTests tests) {
        return tests.rows().stream().filter(r -> r.p() != null).count();
    }

    /** Lines under the table: one row per code with its shares, test, p, corrected p and effect size. */
    static List<String> lines(CrossTab t) {
        List<Map<String, Object>> rows = new ArrayList<>();
        RowTests tests = t.rowTests();
        for (RowTest r : tests.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            for (int j = 0; j < t.columns().size(); j++) {
                row.put(t.columns().get(j), share(r, j));
            }
            row.put("test", r.p() == null ? "none" : r.test().startsWith("Fisher") ? "Fisher" : "chi-square");
            row.put("p", r.p() == null ? "-" : Numbers.significant(r.p()));
            row.put("p (" + tests.correction().label() + ")", r.adjustedP() == null ? "-"
                    : Numbers.significant(r.adjustedP()));
            row.put("Cramér's V", r.cramersV() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.cramersV()));
            if (r.difference() != null) {
                row.put("difference", String.format(Locale.ROOT, "%+.0f pts [%+.0f, %+.0f]", 100 * r.difference(),
                        100 * r.differenceLower(), 100 * r.differenceUpper()));
            }
            rows.add(row);
        }
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(heading(t));
        out.add(new Listing(rows).table(60).stripTrailing());
        for (RowTest r : tests.rows()) {
            out.add("  " + r.code() + ": " + (r.p() == null ? "no test. " : r.test() + ". ") + r.reason() + ".");
        }
        return out;
    }

    /** "8/15 53% [30–75]". */
    private static String share(RowTest r, int j) {
        if (r.share()[j] == null) {
            return r.raised()[j] + "/0";
        }
        return String.format(Locale.ROOT, "%d/%d %.0f%% [%.0f–%.0f]", r.raised()[j], r.of()[j] == 0 ? r.raised()[j]
                : Math.max(r.of()[j], r.raised()[j]), 100 * r.share()[j], 100 * r.lower()[j], 100 * r.upper()[j]);
    }

    /** Columns added to a row of the CSV for its code's test. */
    static void addColumns(Map<String, Object> row, CrossTab t, int i) {
        RowTest r = t.rowTests().rows().get(i);
        for (int j = 0; j < t.columns().size(); j++) {
            String c = t.columns().get(j);
            row.put(c + " of", r.of()[j]);
            row.put(c + " share", r.share()[j]);
            row.put(c + " share lower", r.lower()[j]);
            row.put(c + " share upper", r.upper()[j]);
        }
        row.put("test", r.test());
        row.put("p", r.p());
        row.put("p adjusted", r.adjustedP());
        row.put("correction", t.rowTests().correction().label());
        row.put("cramersV", r.cramersV());
        row.put("difference", r.difference());
        row.put("difference lower", r.differenceLower());
        row.put("difference upper", r.differenceUpper());
    }

    static Map<String, Object> json(RowTests tests) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", tests.units());
        out.put("correction", tests.correction().label());
        out.put("confidence", 0.95);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RowTest r : tests.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("raised", r.raised());
            row.put("of", r.of());
            row.put("share", r.share());
            row.put("shareLower", r.lower());
            row.put("shareUpper", r.upper());
            row.put("test", r.test());
            row.put("reason", r.reason());
            row.put("statistic", r.statistic());
            row.put("df", r.df());
            row.put("p", r.p());
            row.put("pAdjusted", r.adjustedP());
            row.put("cramersV", r.cramersV());
            row.put("difference", r.difference());
            row.put("differenceLower", r.differenceLower());
            row.put("differenceUpper", r.differenceUpper());
            rows.add(row);
        }
        out.put("rows", rows);
        return out;
    }
}
