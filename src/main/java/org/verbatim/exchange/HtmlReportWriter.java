package org.verbatim.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.verbatim.model.report.StudyReport;

/**
 * A report as one self-contained HTML page: styles and bar charts (SVG) inline, no file beside
 * it, laid out to print on A4 with each code starting a page. Well-formed XHTML, so any XML
 * parser can read it back.
 */
public final class HtmlReportWriter {
    private static final String STYLE = """
            body { font-family: "DejaVu Serif", Georgia, serif; max-width: 52em; margin: 2em auto; padding: 0 1em;
                   color: #222; line-height: 1.45; }
            h1, h2, h3 { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; line-height: 1.2; }
            h1 { font-size: 1.9em; margin-bottom: 0.2em; }
            h2 { border-bottom: 1px solid #bbb; padding-bottom: 0.2em; margin-top: 2em; }
            .subtitle, .muted { color: #666; }
            table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }
            th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.7em; text-align: left; vertical-align: top; }
            td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
            .description { white-space: pre-line; font-size: 0.92em; color: #444; }
            blockquote { margin: 0.6em 0 0.9em 0; padding: 0.2em 0 0.2em 1em; border-left: 3px solid #4E79A7; }
            blockquote p { margin: 0; }
            blockquote footer { font-size: 0.85em; color: #555; margin-top: 0.2em; }
            .codebook td:first-child { white-space: nowrap; }
            svg text { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; }
            @page { size: A4; margin: 18mm; }
            @media print {
              body { margin: 0; max-width: none; font-size: 10.5pt; }
              section.code { page-break-before: always; }
              blockquote, table, svg { page-break-inside: avoid; }
            }
            """;

    private HtmlReportWriter() {
    }

    public static void write(StudyReport r, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(html(r));
        w.flush();
    }

    public static String html(StudyReport r) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<title>").append(esc(r.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n");
        h.append("<h1>").append(esc(r.title())).append("</h1>\n<p class=\"subtitle\">Report of ").append(esc(r.date()))
                .append("</p>\n");
        study(h, r);
        for (StudyReport.CodeSection c : r.codes()) {
            code(h, c, r);
        }
        codebook(h, r.codebook());
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void study(StringBuilder h, StudyReport r) {
        h.append("<section id=\"study\">\n<h2>The study</h2>\n<p>").append(esc(ReportText.studyLine(r))).append("</p>\n");
        if (!r.note().isBlank()) {
            h.append("<p class=\"muted\">").append(esc(r.note())).append("</p>\n");
        }
        h.append("<table id=\"groups\">\n<tr><th>").append(esc(r.attribute().isBlank() ? "group" : r.attribute()))
                .append("</th><th class=\"number\">").append(esc(r.unit())).append("</th></tr>\n");
        for (StudyReport.GroupSize g : r.groups()) {
            h.append("<tr><td>").append(esc(g.group())).append("</td><td class=\"number\">").append(g.size())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n<h3>Coders</h3>\n<table id=\"coders\">\n<tr><th>coder</th><th class=\"number\">segments</th></tr>\n");
        for (StudyReport.CoderRow c : r.coders()) {
            h.append("<tr><td>").append(esc(c.name())).append("</td><td class=\"number\">").append(c.segments())
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (r.agreement() != null) {
            h.append("<p id=\"agreement\">").append(esc(ReportText.agreementLine(r.agreement()))).append("</p>\n");
        }
        h.append("<p class=\"muted\">").append(esc(ReportText.figuresLine(r))).append("</p>\n");
        h.append("<h3>Documents</h3>\n<table id=\"documents\">\n<tr><th>document</th><th>attributes</th>"
                + "<th class=\"number\">words</th></tr>\n");
        for (StudyReport.DocumentRow d : r.documents()) {
            h.append("<tr><td>").append(esc(d.name())).append("</td><td>").append(esc(d.attributes()))
                    .append("</td><td class=\"number\">").append(d.words()).append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void code(StringBuilder h, StudyReport.CodeSection c, StudyReport r) {
        h.append("<section class=\"code\">\n<h2>").append(esc(c.code())).append("</h2>\n");
        if (!c.description().isBlank()) {
            h.append("<p class=\"description\">").append(esc(c.description().strip())).append("</p>\n");
        }
        h.append("<table class=\"figures\">\n<tr><th>").append(esc(r.attribute().isBlank() ? "group" : r.attribute()))
                .append("</th><th class=\"number\">raised it</th><th class=\"number\">share</th>")
                .append("<th class=\"number\">95% interval</th></tr>\n");
        for (StudyReport.GroupFigures g : c.groups()) {
            h.append("<tr><td>").append(esc(g.group())).append("</td><td class=\"number\">")
                    .append(esc(ReportText.count(g))).append("</td><td class=\"number\">")
                    .append(esc(ReportText.percent(g.share()))).append("</td><td class=\"number\">")
                    .append(esc(ReportText.interval(g))).append("</td></tr>\n");
        }
        h.append("</table>\n");
        chart(h, c.groups());
        for (StudyReport.GroupFigures g : c.groups()) {
            h.append("<h3>").append(esc(g.group())).append("</h3>\n");
            if (g.quotes().isEmpty()) {
                h.append("<p class=\"muted\">No passage.</p>\n");
            }
            for (StudyReport.Quote q : g.quotes()) {
                h.append("<blockquote><p>“").append(esc(q.text().strip())).append("”</p><footer>— ")
                        .append(esc(q.speaker())).append(q.attributes().isBlank() ? "" : "; " + esc(q.attributes()))
                        .append("; ").append(esc(q.document())).append("</footer></blockquote>\n");
            }
        }
        h.append("</section>\n");
    }

    /** Horizontal bars, one per group: the share, its interval as a whisker, "7 of 15" at the end. */
    private static void chart(StringBuilder h, List<StudyReport.GroupFigures> groups) {
        int label = 170;
        int bar = 360;
        int row = 28;
        int height = groups.size() * row + 26;
        h.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">\n", label + bar + 110, height, label + bar + 110, height));
        for (int i = 0; i <= 4; i++) {
            double x = label + bar * i / 4.0;
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\" fill=\"#666\">%d%%</text>\n",
                    x, x, height - 16, x, height - 4, i * 25));
        }
        for (int i = 0; i < groups.size(); i++) {
            StudyReport.GroupFigures g = groups.get(i);
            int y = i * row + 4;
            double share = Double.isNaN(g.share()) ? 0 : g.share();
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>",
                    label - 8, y + 15, esc(g.group())));
            h.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"#4E79A7\"/>",
                    label, y + 2, bar * share));
            if (!Double.isNaN(g.share())) {
                double lo = label + bar * g.low();
                double hi = label + bar * g.high();
                h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                        + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                        + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>",
                        lo, y + 11, hi, y + 11, lo, y + 6, lo, y + 16, hi, y + 6, hi, y + 16));
            }
            h.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s (%s)</text>\n",
                    label + bar + 8, y + 15, esc(ReportText.count(g)), esc(ReportText.percent(g.share()))));
        }
        h.append("</svg>\n");
    }

    private static void codebook(StringBuilder h, List<StudyReport.CodebookRow> rows) {
        h.append("<section id=\"codebook\" class=\"code\">\n<h2>Appendix: the codebook</h2>\n<table class=\"codebook\">\n")
                .append("<tr><th>code</th><th class=\"number\">segments</th><th class=\"number\">with sub-codes</th>")
                .append("<th>description</th></tr>\n");
        for (StudyReport.CodebookRow c : rows) {
            h.append("<tr><td style=\"padding-left: ").append(0.7 + 1.2 * c.depth()).append("em\">").append(esc(c.name()))
                    .append("</td><td class=\"number\">").append(c.segments()).append("</td><td class=\"number\">")
                    .append(c.withSubcodes()).append("</td><td class=\"description\">").append(esc(c.description().strip()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    /** Text safe in XHTML content and attributes; characters XML cannot hold are dropped. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c == '\n' || c == '\t' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}
