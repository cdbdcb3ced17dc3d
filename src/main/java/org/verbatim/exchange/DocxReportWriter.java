package org.verbatim.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.verbatim.model.report.StudyReport;

/**
 * A report as a Word document: the same sections as the HTML page, the bar charts as pictures,
 * quotes indented, each code on a new page, so it can be edited into a paper's draft.
 */
public final class DocxReportWriter {
    private static final String HEADING_FONT = "Calibri";
    private static final String BODY_FONT = "Cambria";

    private DocxReportWriter() {
    }

    public static void write(StudyReport r, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            heading(doc, r.title(), 22);
            text(doc, "Report of " + r.date(), false, true);
            study(doc, r);
            for (StudyReport.CodeSection c : r.codes()) {
                code(doc, c, r);
            }
            codebook(doc, r);
            doc.write(out);
        }
    }

    private static void study(XWPFDocument doc, StudyReport r) {
        heading(doc, "The study", 16);
        text(doc, ReportText.studyLine(r), false, false);
        if (!r.note().isBlank()) {
            text(doc, r.note(), false, true);
        }
        XWPFTable groups = table(doc, List.of(r.attribute().isBlank() ? "group" : r.attribute(), r.unit()));
        r.groups().forEach(g -> row(groups, List.of(g.group(), Long.toString(g.size()))));
        heading(doc, "Coders", 13);
        XWPFTable coders = table(doc, List.of("coder", "segments"));
        r.coders().forEach(c -> row(coders, List.of(c.name(), Long.toString(c.segments()))));
        if (r.agreement() != null) {
            text(doc, ReportText.agreementLine(r.agreement()), false, false);
        }
        text(doc, ReportText.figuresLine(r), false, true);
        heading(doc, "Documents", 13);
        XWPFTable documents = table(doc, List.of("document", "attributes", "words"));
        r.documents().forEach(d -> row(documents, List.of(d.name(), d.attributes(), Long.toString(d.words()))));
    }

    private static void code(XWPFDocument doc, StudyReport.CodeSection c, StudyReport r) throws IOException {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        heading(doc, c.code(), 16);
        if (!c.description().isBlank()) {
            for (String line : c.description().strip().split("\n")) {
                text(doc, line, false, true);
            }
        }
        XWPFTable figures = table(doc, List.of(r.attribute().isBlank() ? "group" : r.attribute(), "raised it", "share",
                "95% interval"));
        for (StudyReport.GroupFigures g : c.groups()) {
            row(figures, List.of(g.group(), ReportText.count(g), ReportText.percent(g.share()), ReportText.interval(g)));
        }
        XWPFRun chart = doc.createParagraph().createRun();
        try {
            int widthPt = 460;
            int heightPt = widthPt * BarChartImage.height(c.groups().size()) / BarChartImage.WIDTH;
            chart.addPicture(new ByteArrayInputStream(BarChartImage.png(c.groups())), Document.PICTURE_TYPE_PNG,
                    "chart.png", Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (InvalidFormatException e) {
            throw new IOException("Cannot add the chart of " + c.code() + ": " + e.getMessage(), e);
        }
        for (StudyReport.GroupFigures g : c.groups()) {
            heading(doc, g.group(), 13);
            if (g.quotes().isEmpty()) {
                text(doc, "No passage.", false, true);
            }
            for (StudyReport.Quote q : g.quotes()) {
                XWPFParagraph quote = doc.createParagraph();
                quote.setIndentationLeft(567);
                quote.setSpacingAfter(0);
                run(quote, "“" + q.text().strip() + "”", false, false, 11);
                XWPFParagraph who = doc.createParagraph();
                who.setIndentationLeft(567);
                run(who, "— " + q.speaker() + (q.attributes().isBlank() ? "" : "; " + q.attributes()) + "; "
                        + q.document(), false, true, 9);
            }
        }
    }

    private static void codebook(XWPFDocument doc, StudyReport r) {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        heading(doc, "Appendix: the codebook", 16);
        XWPFTable codes = table(doc, List.of("code", "segments", "with sub-codes", "description"));
        for (StudyReport.CodebookRow c : r.codebook()) {
            row(codes, List.of("  ".repeat(c.depth()) + c.name(), Long.toString(c.segments()),
                    Long.toString(c.withSubcodes()), c.description().strip()));
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(size * 12);
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(true);
        run.setFontSize(size);
        run.setFontFamily(HEADING_FONT);
    }

    private static void text(XWPFDocument doc, String text, boolean bold, boolean muted) {
        run(doc.createParagraph(), text, bold, muted, 11);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean muted, int size) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(BODY_FONT);
        if (muted) {
            run.setColor("555555");
        }
    }

    private static XWPFTable table(XWPFDocument doc, List<String> header) {
        XWPFTable t = doc.createTable(1, header.size());
        t.setWidth("100%");
        for (int i = 0; i < header.size(); i++) {
            var p = t.getRow(0).getCell(i).getParagraphs().get(0);
            run(p, header.get(i), true, false, 10);
        }
        return t;
    }

    private static void row(XWPFTable t, List<String> cells) {
        XWPFTableRow row = t.createRow();
        for (int i = 0; i < cells.size(); i++) {
            var p = row.getCell(i).getParagraphs().get(0);
            String[] lines = cells.get(i).split("\n");
            for (int l = 0; l < lines.length; l++) {
                XWPFRun run = p.createRun();
                run.setText(lines[l]);
                run.setFontSize(10);
                run.setFontFamily(BODY_FONT);
                if (l < lines.length - 1) {
                    run.addBreak();
                }
            }
        }
    }
}
