package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.verbatim.model.analysis.GroupShare;
import org.verbatim.project.ComparedPassage;
import org.verbatim.project.GroupComparison;
import org.verbatim.project.SegmentView;

/** A comparison of groups as text, Markdown and JSON, for {@code verbatim compare}. */
final class ComparisonText {
    private ComparisonText() {
    }

    static String table(GroupComparison c, int quotes, boolean all) {
        StringBuilder sb = new StringBuilder();
        if (!c.note().isBlank()) {
            sb.append("Note: ").append(c.note()).append('\n');
        }
        for (GroupComparison.CodeComparison code : c.codes()) {
            sb.append('\n').append(code.code()).append(" — ").append(columns(c)).append('\n');
            for (GroupComparison.Group g : code.groups()) {
                sb.append('\n').append(g.value()).append(": ").append(share(g.share(), c.unit())).append('\n');
                for (ComparedPassage p : passages(g, quotes, all)) {
                    sb.append("  ").append(about(p)).append('\n');
                    sb.append("    ").append(quoted(p).replace("\n", "\n    ")).append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String markdown(GroupComparison c, int quotes, boolean all) {
        StringBuilder sb = new StringBuilder();
        if (!c.note().isBlank()) {
            sb.append("_").append(c.note()).append("_\n\n");
        }
        for (GroupComparison.CodeComparison code : c.codes()) {
            sb.append("## ").append(code.code()).append("\n\n");
            if (!code.description().isBlank()) {
                sb.append(code.description().strip().replace("\n", "  \n")).append("\n\n");
            }
            sb.append("| ").append(c.columnsAre().equals("everyone") ? "group" : c.attribute())
                    .append(" | raised by | of | share | 95% interval |\n|---|---:|---:|---:|---|\n");
            for (GroupComparison.Group g : code.groups()) {
                GroupShare s = g.share();
                sb.append("| ").append(cell(g.value())).append(" | ").append(s.raised()).append(" | ").append(s.of())
                        .append(" | ").append(percent(s.share())).append(" | ").append(interval(s)).append(" |\n");
            }
            for (GroupComparison.Group g : code.groups()) {
                sb.append("\n### ").append(g.value()).append("\n\n");
                List<ComparedPassage> shown = passages(g, quotes, all);
                if (shown.isEmpty()) {
                    sb.append("_No passage._\n");
                }
                for (ComparedPassage p : shown) {
                    sb.append("> ").append(quoted(p).replace("\n", "\n> ")).append("\n>\n> — ").append(about(p))
                            .append("\n\n");
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The JSON shape of {@code compare --format json}; field names are a contract (docs/command-line.md). */
    static Map<String, Object> json(GroupComparison c, int quotes, boolean all) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attribute", c.attribute());
        out.put("columnsAre", c.columnsAre());
        out.put("unit", c.unit());
        out.put("groups", c.groups());
        out.put("note", c.note());
        List<Map<String, Object>> codes = new ArrayList<>();
        for (GroupComparison.CodeComparison code : c.codes()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", code.code());
            row.put("description", code.description());
            List<Map<String, Object>> groups = new ArrayList<>();
            for (GroupComparison.Group g : code.groups()) {
                Map<String, Object> group = new LinkedHashMap<>();
                GroupShare s = g.share();
                group.put("value", g.value());
                group.put("raised", s.raised());
                group.put("of", s.of());
                group.put("share", finite(s.share()));
                group.put("low", finite(s.low()));
                group.put("high", finite(s.high()));
                group.put("passages", g.passages().size());
                group.put("quotes", passages(g, quotes, all).stream().map(ComparisonText::passage).toList());
                groups.add(group);
            }
            row.put("groups", groups);
            codes.add(row);
        }
        out.put("codes", codes);
        return out;
    }

    private static Map<String, Object> passage(ComparedPassage p) {
        SegmentView s = p.passage().segment();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("document", s.document());
        out.put("code", s.code());
        out.put("start", s.start());
        out.put("end", s.end());
        out.put("speakers", p.passage().speakers());
        out.put("participants", s.participants());
        out.put("attributes", s.participantAttributes());
        out.put("before", p.passage().before());
        out.put("text", s.text());
        out.put("after", p.passage().after());
        out.put("typicality", Math.round(p.typicality() * 1000) / 1000.0);
        out.put("quote", p.quote());
        return out;
    }

    private static List<ComparedPassage> passages(GroupComparison.Group g, int quotes, boolean all) {
        return all ? g.passages() : g.quotes(quotes);
    }

    private static String columns(GroupComparison c) {
        return c.columnsAre().equals("everyone") ? "everyone together, counting " + c.unit()
                : "by " + c.attribute() + " (" + c.columnsAre() + "), counting " + c.unit();
    }

    /** "7 of 15 participants (46.7%, 95% interval 24.8–69.9%)". */
    static String share(GroupShare s, String unit) {
        String counted = s.raised() + " of " + s.of() + " " + unit;
        return s.of() == 0 ? counted : counted + " (" + percent(s.share()) + ", 95% interval " + interval(s) + ")";
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String interval(GroupShare s) {
        return Double.isNaN(s.share()) ? "–" : String.format(Locale.ROOT, "%.1f–%.1f%%", s.low() * 100, s.high() * 100);
    }

    /** Segment id, mark, speakers with their attributes, document. */
    private static String about(ComparedPassage p) {
        SegmentView s = p.passage().segment();
        String attributes = s.participantAttributes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return "[" + s.id() + (p.quote() ? ", quote" : "") + String.format(Locale.ROOT, ", typicality %.2f", p.typicality())
                + "] " + String.join(", ", p.passage().speakers())
                + (s.participants().isEmpty() ? "" : " (" + String.join(", ", s.participants())
                        + (attributes.isEmpty() ? "" : "; " + attributes) + ")")
                + " — " + s.document();
    }

    private static String quoted(ComparedPassage p) {
        String before = p.passage().before().isEmpty() ? "" : "…" + p.passage().before().replaceAll("\\s+", " ");
        String after = p.passage().after().isEmpty() ? "" : p.passage().after().replaceAll("\\s+", " ") + "…";
        return before + "“" + p.passage().segment().text().strip() + "”" + after;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static Double finite(double d) {
        return Double.isNaN(d) ? null : Math.round(d * 10000) / 10000.0;
    }
}
