package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.project.AgreementReport;
import org.verbatim.project.AgreementRow;
import org.verbatim.project.AgreementUnit;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "agreement", description = {
    "Inter-coder agreement among two or more coders: per code (yes/no per unit), per code group (which of its"
        + " sub-codes per unit) and over all codes (the combination of codes per unit).",
    "Percent agreement, Cohen's kappa (two coders), Fleiss' kappa and Krippendorff's alpha (nominal, with missing"
        + " values). Units are fixed by the documents compared — every turn (default), or every spoken character"
        + " without labels, titles and white space — whatever was coded; a coder who did not code a document is"
        + " missing there."})
final class AgreementCommand extends ProjectCommand {
    @Option(names = "--coders", required = true, split = ",", paramLabel = "NAME",
            description = "Two or more coders to compare, separated by commas, e.g. elena,pavel or elena,pavel,olga.")
    List<String> coders;

    @Option(names = "--unit", defaultValue = "turn", paramLabel = "UNIT",
            description = "What is compared: turn or character (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--document", paramLabel = "DOC", description = "Only these documents (repeatable).")
    List<String> documents = new ArrayList<>();

    @Option(names = "--codes", paramLabel = "PATH", description = "Only these codes and their sub-codes (repeatable).")
    List<String> codes = new ArrayList<>();

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        if (coders.size() < 2) {
            throw new CliException("--coders takes two or more coder names separated by commas, e.g. --coders elena,pavel");
        }
        AgreementUnit chosen = switch (unit.toLowerCase(Locale.ROOT)) {
            case "turn" -> AgreementUnit.TURN;
            case "character" -> AgreementUnit.CHARACTER;
            default -> throw new CliException("--unit takes turn or character, not '" + unit + "'");
        };
        try (Project p = project.open()) {
            AgreementReport report = p.agreement(coders, chosen, documents, codes);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AgreementRow r : report.codes()) {
                rows.add(columns(r));
            }
            for (AgreementRow r : report.groups()) {
                rows.add(columns(r));
            }
            rows.add(columns(report.overall()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("coders", report.coders());
            json.put("unit", report.unit().name().toLowerCase(Locale.ROOT));
            json.put("documents", report.documents());
            json.put("codes", report.codes());
            json.put("groups", report.groups());
            json.put("overall", report.overall());
            json.put("notes", report.notes());
            format.print(out(), rows, json);
            if (format.format == FormatOption.Format.table) {
                report.notes().forEach(n -> out().println("Note: " + n));
            }
        }
        return 0;
    }

    private static Map<String, Object> columns(AgreementRow r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", r.code());
        row.put("units", r.units());
        row.put("both", r.both());
        row.put("firstOnly", r.firstOnly());
        row.put("secondOnly", r.secondOnly());
        row.put("neither", r.neither());
        row.put("agreement%", round(r.percentAgreement(), 1));
        row.put("kappa", round(r.kappa(), 3));
        row.put("fleissKappa", round(r.fleissKappa(), 3));
        row.put("alpha", round(r.alpha(), 3));
        return row;
    }

    private static String round(Double value, int places) {
        return value == null ? "" : String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
