package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cooccurrence", description = {
    "Which codes occur together: a code × code matrix of counts and Jaccard similarity.",
    "--scope overlap counts pairs of overlapping segments; turn counts speaker turns and document"
        + " documents that have both codes. The diagonal holds each code's own count (segments, turns,"
        + " documents)."})
final class CooccurrenceCommand extends ProjectCommand {
    @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "overlap",
            description = "overlap, turn or document (default: ${DEFAULT-VALUE}).")
    String scope;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        CoOccurrenceMatrix m;
        try (Project p = project.open()) {
            m = p.cooccurrence(analysis.filter(), analysis.codes, analysis.withSubcodes(), scope());
        }
        boolean table = output.chosen() == FormatOption.Format.table && output.out == null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < m.codes().size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", m.codes().get(i));
            for (int j = 0; j < m.codes().size(); j++) {
                row.put(m.codes().get(j), table ? m.counts()[i][j] + " (" + String.format(Locale.ROOT, "%.2f",
                        m.jaccard()[i][j]) + ")" : m.counts()[i][j]);
            }
            if (!table) {
                for (int j = 0; j < m.codes().size(); j++) {
                    row.put(m.codes().get(j) + " jaccard", Numbers.rounded(m.jaccard()[i][j], 4));
                }
            }
            rows.add(row);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scope", m.scope().label());
        json.put("codes", m.codes());
        json.put("totals", m.totals());
        json.put("counts", m.counts());
        json.put("jaccard", m.jaccard());
        output.print(out(), new ReportOutput.Report(m.codes().size() + " codes", rows, json,
                List.of("Co-occurrence (" + m.scope().label() + "); cells: count (Jaccard)", "Coding counted: "
                        + m.coding()), List.of()));
        return 0;
    }

    private CoOccurrenceScope scope() {
        return AnalysisOptions.choice("--scope", scope, CoOccurrenceScope.values(), CoOccurrenceScope::label);
    }
}
