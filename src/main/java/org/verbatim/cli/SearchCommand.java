package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.project.FacetView;
import org.verbatim.project.HitCodingReport;
import org.verbatim.project.HitUnit;
import org.verbatim.project.HitRows;
import org.verbatim.project.HitView;
import org.verbatim.project.Listing;
import org.verbatim.project.Project;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", description = {
    "Search the words of every turn and list or code the hits.",
    "The query is in Lucene's syntax: words (stemmed, so policy finds policies),",
    "\"phrases\", AND OR NOT, wildcards (sanction*), proximity (\"soft power\"~3),",
    "fuzzy terms (polcy~), and the fields exact:, speaker:, participant:, document:,",
    "code:\"PATH\" and any attribute (city:Tomsk, age:[30 TO 45]). A query that",
    "begins with - goes after -- (verbatim search P -- -china).",
    "Each hit is a keyword-in-context line with the document offsets of its words.",
    "--code-hits codes every hit, or those chosen with --hits, in one transaction."})
final class SearchCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "QUERY", description = "What to search for, in Lucene's query syntax"
            + " (after -- when it begins with -).")
    String query;

    @Option(names = "--where", paramLabel = "ATTR=VALUE",
            description = "Only turns whose document or participant has this attribute value (repeatable).")
    List<String> where = new ArrayList<>();

    @Option(names = "--code", paramLabel = "PATH", description = "Only turns coded with this code or its sub-codes.")
    String code;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--context", paramLabel = "N", defaultValue = "40",
            description = "Characters of context on each side of a hit (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--facet", paramLabel = "ATTR", description = "Count hits and turns per value of this attribute (repeatable).")
    List<String> facets = new ArrayList<>();

    enum SortOrder { relevance, document }

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance (best first) or document (as the hits occur in the corpus) (default: ${DEFAULT-VALUE}).")
    SortOrder sort;

    @Option(names = "--code-hits", paramLabel = "PATH", description = "Code the hits with this code (created if missing).")
    String codeHits;

    @Option(names = "--unit", paramLabel = "UNIT", description = "With --code-hits, what a segment covers:"
            + " match (the matched words), sentence, or turn (default: match).")
    String unit;

    @Option(names = "--hits", paramLabel = "LIST", description = "With --code-hits, only these hits by number, e.g. 1,3,5-7.")
    String hits;

    @Option(names = "--coder", paramLabel = "NAME", description = "With --code-hits, who codes (default: your user name).")
    String coder;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (codeHits == null && (unit != null || hits != null || coder != null)) {
            throw new CliException("--unit, --hits and --coder go with --code-hits PATH, which says what to code the hits with");
        }
        SearchQuery q = new SearchQuery(query, WhereOption.parse(where), code, limit, context,
                sort == SortOrder.document ? SearchQuery.Order.DOCUMENT : SearchQuery.Order.RELEVANCE, facets);
        HitUnit hitUnit = unit();
        List<Integer> numbers = hitNumbers();
        PrintWriter out = out();
        try (Project p = project.open()) {
            PrintedProgress progress = new PrintedProgress(spec.commandLine().getErr());
            if (codeHits != null) {
                HitCodingReport r = p.codeHits(q, numbers, codeHits, hitUnit, coder, progress);
                print(out, r);
                return 0;
            }
            print(out, p.search(q, progress));
        }
        return 0;
    }

    private void print(PrintWriter out, HitCodingReport r) {
        if (format.format != FormatOption.Format.table) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("coder", r.coder());
            row.put("hits", r.hits());
            row.put("created", r.created());
            row.put("alreadyCoded", r.alreadyCoded());
            row.put("createdCodes", r.createdCodes());
            format.print(out, List.of(row), row);
            return;
        }
        r.createdCodes().forEach(c -> out.println("Created code " + c));
        out.println("Coded " + r.hits() + (r.hits() == 1 ? " hit" : " hits") + " with " + r.code() + " by "
                + r.coder() + ": " + r.created() + (r.created() == 1 ? " segment" : " segments") + " created, "
                + r.alreadyCoded() + " already coded");
        out.flush();
    }

    private void print(PrintWriter out, SearchResults r) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HitView h : r.hits()) {
            rows.add(HitRows.row(h));
        }
        if (format.format == FormatOption.Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("total", r.total());
            json.put("turns", r.turns());
            json.put("hits", rows);
            if (!facets.isEmpty()) {
                Map<String, Object> counts = new LinkedHashMap<>();
                r.facets().forEach((name, values) -> counts.put(name, values.stream().map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("value", v.value());
                    m.put("hits", v.hits());
                    m.put("turns", v.turns());
                    return m;
                }).toList()));
                json.put("facets", counts);
            }
            format.print(out, rows, json);
            return;
        }
        if (format.format == FormatOption.Format.csv) {
            format.print(out, rows, null);
            return;
        }
        out.println(r.total() + (r.total() == 1 ? " hit" : " hits") + " in " + r.turns()
                + (r.turns() == 1 ? " turn" : " turns") + (limit > 0 && r.hits().size() < r.total()
                ? " (showing " + r.hits().size() + "; see --limit)" : ""));
        if (!r.hits().isEmpty()) {
            out.print(new Listing(kwicRows(r.hits())).table(2 * context + 70));
        }
        r.facets().forEach((name, values) -> {
            out.println();
            out.print(new Listing(facetRows(name, values)).table(60));
        });
        out.flush();
    }

    /** The table's rows: the hit's place, then the line with the matched words aligned in one column. */
    private List<Map<String, Object>> kwicRows(List<HitView> hits) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HitView h : hits) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("#", h.number());
            row.put("document", h.document());
            row.put("speaker", h.speaker());
            row.put("participant", h.participant());
            row.put("time", ShowCommand.clock(h.timestampMs()));
            row.put("start", h.start());
            row.put("end", h.end());
            String matched = h.matched().length() > 60 ? h.matched().substring(0, 59) + "…" : h.matched();
            String before = h.before().replace('\n', ' ');
            row.put("hit", " ".repeat(Math.max(0, context - before.length())) + before + "**" + matched + "**"
                    + h.after());
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> facetRows(String name, List<FacetView> values) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FacetView v : values) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(name, v.value() == null ? "(no value)" : v.value());
            row.put("hits", v.hits());
            row.put("turns", v.turns());
            rows.add(row);
        }
        return rows;
    }

    private HitUnit unit() {
        if (unit == null) {
            return HitUnit.MATCH;
        }
        try {
            return HitUnit.valueOf(unit.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CliException("--unit takes match, sentence or turn, not '" + unit + "'");
        }
    }

    /** {@code --hits 1,3,5-7} as 1, 3, 5, 6, 7; empty when not given. */
    private List<Integer> hitNumbers() {
        List<Integer> out = new ArrayList<>();
        if (hits == null) {
            return out;
        }
        try {
            for (String part : hits.split(",", -1)) {
                String[] range = part.strip().split("-", -1);
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || from < 1 || to < from || to - from > 1_000_000) {
                    throw new NumberFormatException();
                }
                for (int n = from; n <= to; n++) {
                    out.add(n);
                }
            }
        } catch (NumberFormatException e) {
            throw new CliException("--hits takes hit numbers and ranges such as 1,3,5-7, not '" + hits + "'");
        }
        return out;
    }
}
