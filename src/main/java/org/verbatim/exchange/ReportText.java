package org.verbatim.exchange;

import java.util.Locale;
import org.verbatim.model.report.StudyReport;

/** The sentences and figures both report formats write alike. */
final class ReportText {
    private ReportText() {
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String interval(StudyReport.GroupFigures g) {
        return Double.isNaN(g.share()) ? "–" : String.format(Locale.ROOT, "%.0f–%.0f%%", g.low() * 100, g.high() * 100);
    }

    /** "7 of 15" */
    static String count(StudyReport.GroupFigures g) {
        return g.raised() + " of " + g.of();
    }

    static String number(Double d, int decimals) {
        return d == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", d);
    }

    /** "21 documents; 45 participants in 3 groups by city." */
    static String studyLine(StudyReport r) {
        long everyone = r.groups().stream().mapToLong(StudyReport.GroupSize::size).sum();
        String groups = r.attribute().isBlank() ? "" : " in " + r.groups().size() + " groups by " + r.attribute();
        return r.documents().size() + " documents; " + everyone + " " + r.unit() + groups + ".";
    }

    /** What the figures of each code count, said once above them. */
    static String figuresLine(StudyReport r) {
        return "For each code: how many " + r.unit() + " of each group raised it (a " + (r.unit().equals("documents")
                ? "document" : "participant") + " counts once, however often), the share with its 95% Wilson"
                + " interval, and quotes — those marked as quotes, else the passages most typical of the code.";
    }

    static String agreementLine(StudyReport.Agreement a) {
        return "Two coders, " + a.firstCoder() + " and " + a.secondCoder() + ", coded " + a.documents()
                + " documents independently. Over every code, speaker turn by speaker turn (" + a.units()
                + " units): agreement " + number(a.percent(), 1) + "%, Cohen's kappa " + number(a.kappa(), 3)
                + ", Krippendorff's alpha " + number(a.alpha(), 3) + ".";
    }
}
