package org.verbatim.project;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.verbatim.exchange.DocxReportWriter;
import org.verbatim.exchange.HtmlReportWriter;
import org.verbatim.model.report.StudyReport;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * Reports for a paper: the study (documents, groups, coders and, with two coders, their
 * agreement), each code compared across the groups with its quotes, and the codebook — built
 * from the same comparison as the Compare view, written as HTML or Word.
 */
public final class StudyReports {
    /** The formats a report is written in, told by the file's extension. */
    public enum Format { HTML, DOCX }

    private final ProjectStore store;
    private final GroupComparisons comparisons;
    private final String name;

    StudyReports(ProjectStore store, GroupComparisons comparisons, String name) {
        this.store = store;
        this.comparisons = comparisons;
        this.name = name;
    }

    /** The format {@code file}'s name asks for: {@code .html}/{@code .htm} or {@code .docx}. */
    public static Format formatOf(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Format.HTML;
        }
        if (n.endsWith(".docx")) {
            return Format.DOCX;
        }
        throw new ProjectException("Cannot tell the report's format from " + file + ": name it .html or .docx");
    }

    /** Builds the report's content. */
    public StudyReport build(ReportRequest r) {
        List<String> codes = r.codes().isEmpty() ? topLevelCodes() : r.codes();
        if (codes.isEmpty()) {
            throw new ProjectException("The codebook is empty: there is nothing to report yet");
        }
        GroupComparison comparison = comparisons.compare(new ComparisonRequest(codes, r.by(), r.bands(), r.filter(),
                PassageOrder.TYPICALITY, 0));
        List<StudyReport.CodeSection> sections = new ArrayList<>();
        for (GroupComparison.CodeComparison c : comparison.codes()) {
            List<StudyReport.GroupFigures> groups = new ArrayList<>();
            for (GroupComparison.Group g : c.groups()) {
                var s = g.share();
                groups.add(new StudyReport.GroupFigures(g.value(), s.raised(), s.of(), s.share(), s.low(), s.high(),
                        g.quotes(r.quotes()).stream().map(StudyReports::quote).toList()));
            }
            sections.add(new StudyReport.CodeSection(c.code(), c.description(), groups));
        }
        List<StudyReport.GroupSize> sizes = comparison.codes().get(0).groups().stream()
                .map(g -> new StudyReport.GroupSize(g.value(), g.share().of())).toList();
        String note = String.join("; ", java.util.stream.Stream.of(comparison.note(), narrowed(r.filter()))
                .filter(s -> !s.isBlank()).toList());
        return store.read(tx -> new StudyReport(name, LocalDate.now().toString(), comparison.attribute(),
                comparison.unit(), note, documents(tx), sizes, coders(tx), agreement(tx), sections,
                codebook(tx)));
    }

    /** Builds the report and writes it, whole or not at all, in the format {@code file}'s name asks for. */
    public StudyReport write(Path file, ReportRequest r) {
        Format format = formatOf(file);
        StudyReport report = build(r);
        AtomicFile.write(file, out -> {
            switch (format) {
                case HTML -> HtmlReportWriter.write(report, out);
                case DOCX -> DocxReportWriter.write(report, out);
            }
            return null;
        });
        return report;
    }

    /** The report as one HTML page, for a preview. */
    public static String html(StudyReport report) {
        return HtmlReportWriter.html(report);
    }

    /** "Only segments where role = respondent, coded by elena", or blank for every segment. */
    private static String narrowed(SegmentFilter f) {
        List<String> parts = new ArrayList<>();
        if (!f.where().isEmpty()) {
            parts.add("where " + f.where().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + String.join(" or ", e.getValue())).collect(Collectors.joining(" and ")));
        }
        if (f.coder() != null) {
            parts.add("coded by " + f.coder());
        }
        if (!f.documents().isEmpty()) {
            parts.add("in " + String.join(", ", f.documents()));
        }
        return parts.isEmpty() ? "" : "Only segments " + String.join(", ", parts) + " are counted and quoted.";
    }

    private List<String> topLevelCodes() {
        return store.read(tx -> Codebook.list(tx).stream().filter(n -> n.depth() == 0).map(CodeNode::path).toList());
    }

    private static StudyReport.Quote quote(ComparedPassage p) {
        SegmentView s = p.passage().segment();
        String speakers = String.join(", ", p.passage().speakers());
        String who = s.participants().isEmpty() ? speakers : speakers + " (" + String.join(", ", s.participants()) + ")";
        String attributes = s.participantAttributes().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new StudyReport.Quote(s.text(), who, attributes, s.document(), p.quote());
    }

    private static List<StudyReport.DocumentRow> documents(Tx tx) {
        Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.DOCUMENT);
        List<StudyReport.DocumentRow> out = new ArrayList<>();
        for (Document d : tx.documents().listWithoutText()) {
            String attributes = values.getOrDefault(d.id(), Map.of()).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
            out.add(new StudyReport.DocumentRow(d.name(), attributes, tx.documents().wordCount(d.id())));
        }
        return out;
    }

    private static List<StudyReport.CoderRow> coders(Tx tx) {
        SegmentViews views = new SegmentViews(tx);
        List<StudyReport.CoderRow> out = new ArrayList<>();
        for (Coder c : tx.coders().all()) {
            long made = views.select(new SegmentFilter(null, Map.of(), c.name(), List.of())).size();
            if (made > 0) {
                out.add(new StudyReport.CoderRow(c.name(), made));
            }
        }
        return out;
    }

    /** With exactly two coders who both coded some documents, their agreement; else none. */
    private static StudyReport.Agreement agreement(Tx tx) {
        List<StudyReport.CoderRow> coders = coders(tx);
        if (coders.size() != 2) {
            return null;
        }
        try {
            AgreementReport a = AgreementQueries.compare(tx, List.of(coders.get(0).name(), coders.get(1).name()),
                    AgreementUnit.TURN, List.of(), List.of());
            AgreementRow all = a.overall();
            return new StudyReport.Agreement(a.coders().get(0), a.coders().get(1), a.documents().size(), all.units(),
                    all.percentAgreement(), all.kappa(), all.alpha());
        } catch (ProjectException e) {
            // No document coded by both: nothing to agree on, and the report says nothing of it.
            return null;
        }
    }

    private static List<StudyReport.CodebookRow> codebook(Tx tx) {
        return Codebook.list(tx).stream().map(n -> new StudyReport.CodebookRow(n.path(), n.code().name(), n.depth(),
                n.code().description() == null ? "" : n.code().description(), n.segments(), n.segmentsWithSubcodes()))
                .toList();
    }
}
