package org.verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.report.StudyReport;
import org.verbatim.project.Project;
import org.verbatim.project.ReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", description = {
    "A report ready for a paper, as a self-contained HTML page (.html) or a Word document (.docx): the study"
        + " (documents, groups, coders, agreement), for each code its description, per group how many raised it"
        + " with a bar chart and quotes, and the codebook.",
    "Quotes are the passages marked with compare --mark, else the most typical of the code."})
final class ReportCommand extends ProjectCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The report: FILE.html or FILE.docx.")
    Path out;

    @Option(names = "--codes", arity = "1..*", paramLabel = "PATH", parameterConsumer = CodePathsConsumer.class,
            description = "The codes reported, in this order (default: the top-level codes).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--by", paramLabel = "ATTR", description = "Groups are this attribute's values (default: everyone"
            + " in one group); participant:ATTR or document:ATTR to choose.")
    String by;

    @Option(names = "--bands", split = ",", paramLabel = "BAND",
            description = "Group a numeric attribute into bands: LOW-HIGH (both included) or LOW+, e.g. 18-24,25-29,30+.")
    List<String> bands = new ArrayList<>();

    @Option(names = "--quotes", paramLabel = "N", defaultValue = "2",
            description = "Quotes per group and code (default: ${DEFAULT-VALUE}).")
    int quotes;

    @Mixin
    AnalysisOptions.Filters filters;

    @Override
    public Integer call() {
        StudyReport report;
        try (Project p = project.open()) {
            report = p.reports().write(out, new ReportRequest(codes, by, bands, filters.filter(null), quotes));
        }
        long quoted = report.codes().stream().flatMap(c -> c.groups().stream()).mapToLong(g -> g.quotes().size()).sum();
        out().println("Wrote the report to " + out + ": " + plural(report.codes().size(), "code") + ", "
                + plural(report.groups().size(), "group") + (report.attribute().isBlank() ? "" : " by " + report.attribute())
                + ", " + plural(quoted, "quote"));
        out().flush();
        return 0;
    }

    private static String plural(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
