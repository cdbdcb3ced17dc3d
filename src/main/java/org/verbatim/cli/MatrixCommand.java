package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "matrix", description = "A participant × code matrix for R, SPSS or Excel: one row per"
        + " participant who speaks in the documents analysed, with their attributes, and one column per code"
        + " path holding the number of that code's segments attributed to them (or 0/1 with --binary).")
final class MatrixCommand extends ProjectCommand {
    @Option(names = "--binary", description = "1 when the participant has the code at all, else 0.")
    boolean binary;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        ParticipantMatrix m;
        try (Project p = project.open()) {
            m = p.participantMatrix(analysis.filter(), analysis.codes, analysis.withSubcodes());
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParticipantMatrix.Row r : m.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant", r.participant());
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (int i = 0; i < m.attributes().size(); i++) {
                attributes.put(m.attributes().get(i), r.values().get(i));
            }
            row.put("attributes", attributes);
            Map<String, Object> counts = new LinkedHashMap<>();
            for (int j = 0; j < m.codes().size(); j++) {
                long n = r.counts()[j];
                counts.put(m.codes().get(j), binary ? (n > 0 ? 1 : 0) : n);
            }
            row.put("codes", counts);
            rows.add(row);
        }
        output.print(out(), new ReportOutput.Report(rows.size() + " participants × " + m.codes().size() + " codes",
                rows, rows));
        return 0;
    }
}
