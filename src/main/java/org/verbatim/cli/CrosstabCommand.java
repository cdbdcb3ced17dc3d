package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.analysis.Correction;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.IndependenceTest;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.Listing;
import org.verbatim.project.Project;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "crosstab", description = {
    "Cross-tab of codes (rows) by the values of an attribute (--by) or by codes (--by-codes).",
    "Cells count distinct participants, segments or documents (--unit); each row has its total and row"
        + " and column percentages, the table its column totals and the participants per column.",
    "--stats, counting participants or documents, tests each code on its own: raised vs not raised across the"
        + " columns over the respondents (or documents) of each column, with each column's share and its 95%% Wilson"
        + " interval, Cramér's V, for two columns the difference in shares with its interval, and p corrected for"
        + " testing many codes (--correction). It also runs the test of the whole table (Pearson's chi-square, or"
        + " Fisher's exact test when expected counts are too small, with expected counts and adjusted standardised"
        + " residuals), which holds only when no one is counted in two rows, and says when they are.",
    "Participants are respondents unless --all-roles; with several coders every coder is pooled, a passage two"
        + " coders coded alike counting once, unless --coder or --coder-for chooses."})
final class CrosstabCommand extends ProjectCommand {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Columns columns;

    /** Either an attribute or codes as columns. */
    static final class Columns {
        @Option(names = "--by", paramLabel = "ATTR", description = "Columns are this attribute's values: a participant"
                + " attribute, else a document one; participant:ATTR or document:ATTR to choose.")
        String by;

        @Option(names = "--by-codes", arity = "1..*", paramLabel = "PATH", parameterConsumer = CodePathsConsumer.class,
                description = "Columns are these codes.")
        List<String> byCodes;
    }

    @Option(names = "--bands", split = ",", paramLabel = "BAND",
            description = "Group a numeric attribute into bands: LOW-HIGH (both included) or LOW+, e.g. 18-24,25-29,30+.")
    List<String> bands = new ArrayList<>();

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "participants",
            description = "What a cell counts: participants, segments or documents (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--stats", description = "Test each code across the columns, and the whole table (attribute"
            + " columns; counting segments, rows must not contain one another).")
    boolean stats;

    @Option(names = "--correction", paramLabel = "METHOD", defaultValue = "holm", description = "How --stats corrects"
            + " the per-code p-values for testing many codes: holm, bh (Benjamini–Hochberg) or none"
            + " (default: ${DEFAULT-VALUE}).")
    String correction;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        CrossTab t;
        try (Project p = project.open()) {
            t = p.crosstab(new CrossTabRequest(analysis.filter(), analysis.codes, analysis.withSubcodes(), columns.by,
                    bands, columns.byCodes, unit(), stats, correction()));
        }
        boolean table = output.chosen() == FormatOption.Format.table && output.out == null;
        output.print(out(), new ReportOutput.Report(t.rows().size() + " rows", rows(t, table, table && analysis.codes.isEmpty()), json(t),
                List.of(title(t), "Coding counted: " + t.coding()), table ? footer(t) : List.of()));
        return 0;
    }

    private Correction correction() {
        return AnalysisOptions.choice("--correction", correction, Correction.values(), Correction::label);
    }

    private Unit unit() {
        return AnalysisOptions.choice("--unit", unit, Unit.values(), Unit::label);
    }

    private static String title(CrossTab t) {
        String of = t.columnsAre().equals("codes") ? "codes" : t.attribute() + " (" + t.columnsAre() + ")";
        return "Codes by " + of + ", counting " + t.unit().label() + "; cells: count (row % | column %)";
    }

    /** One row per code, then column totals and participants; the table shows cells as "n (row% | col%)". */
    private static List<Map<String, Object>> rows(CrossTab t, boolean table, boolean tree) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int width = t.columns().size();
        for (int i = 0; i < t.rows().size(); i++) {
            CrossTab.Row r = t.rows().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", tree ? "  ".repeat(r.depth()) + FrequenciesCommand.leaf(r.code()) : r.code());
            for (int j = 0; j < width; j++) {
                row.put(t.columns().get(j), table ? cell(t, i, j) : r.counts()[j]);
            }
            row.put("total", r.total());
            row.put("distinct", r.distinct());
            if (!table) {
                for (int j = 0; j < width; j++) {
                    row.put(t.columns().get(j) + " row %", Numbers.rounded(t.rowPercent(i, j), 2));
                }
                for (int j = 0; j < width; j++) {
                    row.put(t.columns().get(j) + " column %", Numbers.rounded(t.columnPercent(i, j), 2));
                }
                if (t.rowTests() != null) {
                    RowTestOutput.addColumns(row, t, i);
                }
                if (t.test() != null) {
                    for (int j = 0; j < width; j++) {
                        row.put(t.columns().get(j) + " expected", Numbers.rounded(t.test().expected()[i][j], 4));
                    }
                    for (int j = 0; j < width; j++) {
                        row.put(t.columns().get(j) + " residual", Numbers.rounded(t.test().residuals()[i][j], 4));
                    }
                }
            }
            rows.add(row);
        }
        rows.add(marginRow(rows.get(0), "(column total)", t.columnTotals(), t.grandTotal()));
        if (t.participants() != null) {
            long all = 0;
            for (long n : t.participants()) {
                all += n;
            }
            rows.add(marginRow(rows.get(0), "(participants)", t.participants(), all));
        }
        if (!table && t.test() != null) {
            Map<String, Object> test = emptyLike(rows.get(0));
            test.put("code", "(test) " + summary(t.test()));
            rows.add(test);
        }
        return rows;
    }

    private static Map<String, Object> marginRow(Map<String, Object> shape, String label, long[] values, long total) {
        Map<String, Object> row = emptyLike(shape);
        row.put("code", label);
        List<String> keys = new ArrayList<>(shape.keySet());
        for (int j = 0; j < values.length; j++) {
            row.put(keys.get(j + 1), values[j]);
        }
        row.put("total", total);
        return row;
    }

    private static Map<String, Object> emptyLike(Map<String, Object> shape) {
        Map<String, Object> row = new LinkedHashMap<>();
        shape.keySet().forEach(k -> row.put(k, null));
        return row;
    }

    private static String cell(CrossTab t, int i, int j) {
        return t.rows().get(i).counts()[j] + " (" + percent(t.rowPercent(i, j)) + " | " + percent(t.columnPercent(i, j)) + ")";
    }

    private static String percent(Double p) {
        return p == null ? "-" : String.format(Locale.ROOT, "%.1f%%", p);
    }

    static String summary(IndependenceTest test) {
        if (test.p() == null) {
            return "No test: " + test.reason();
        }
        return test.name() + ": p = " + Numbers.significant(test.p()) + " (X² = " + Numbers.significant(test.statistic())
                + ", df = " + test.df() + "). " + test.reason() + "." + (test.caution() == null ? ""
                : " Caution: " + test.caution() + ".");
    }

    private static List<String> footer(CrossTab t) {
        List<String> lines = new ArrayList<>();
        if (t.rowTests() != null) {
            lines.addAll(RowTestOutput.lines(t));
        }
        if (t.test() == null) {
            return lines;
        }
        lines.add("");
        lines.add((t.rowTests() != null ? "Test of the whole table: " : "") + summary(t.test()));
        if (t.test().p() == null) {
            return lines;
        }
        lines.add("Adjusted standardised residuals (beyond ±1.96: more or fewer than independence would give):");
        List<Map<String, Object>> residuals = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", t.rows().get(i).code());
            for (int j = 0; j < t.columns().size(); j++) {
                Double r = t.test().residuals()[i][j];
                row.put(t.columns().get(j), r == null ? "-" : String.format(Locale.ROOT, "%.2f", r));
            }
            residuals.add(row);
        }
        lines.add(new Listing(residuals).table(60).stripTrailing());
        return lines;
    }

    private static Map<String, Object> json(CrossTab t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attribute", t.attribute());
        out.put("columnsAre", t.columnsAre());
        out.put("unit", t.unit().label());
        out.put("columns", t.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            CrossTab.Row r = t.rows().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("depth", r.depth());
            row.put("counts", r.counts());
            row.put("total", r.total());
            row.put("distinct", r.distinct());
            List<Object> rowPercents = new ArrayList<>();
            List<Object> columnPercents = new ArrayList<>();
            for (int j = 0; j < t.columns().size(); j++) {
                rowPercents.add(Numbers.rounded(t.rowPercent(i, j), 2));
                columnPercents.add(Numbers.rounded(t.columnPercent(i, j), 2));
            }
            row.put("rowPercents", rowPercents);
            row.put("columnPercents", columnPercents);
            rows.add(row);
        }
        out.put("rows", rows);
        out.put("columnTotals", t.columnTotals());
        out.put("grandTotal", t.grandTotal());
        out.put("participants", t.participants());
        if (t.test() != null) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", t.test().name());
            test.put("reason", t.test().reason());
            test.put("statistic", t.test().statistic());
            test.put("df", t.test().df());
            test.put("p", t.test().p());
            test.put("expected", t.test().expected());
            test.put("residuals", t.test().residuals());
            test.put("caution", t.test().caution());
            out.put("test", test);
        } else {
            out.put("test", null);
        }
        out.put("rowTests", t.rowTests() == null ? null : RowTestOutput.json(t.rowTests()));
        out.put("coding", t.coding());
        return out;
    }
}
