package org.verbatim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "frequencies", description = {
    "How much each code was used: segments, documents, distinct participants, spoken words covered"
        + " (overlapping segments counted once) and their share of all words spoken, in percent.",
    "A code counts its sub-codes' segments too unless --without-subcodes is given."})
final class FrequenciesCommand extends ProjectCommand {
    @Mixin
    AnalysisOptions analysis;

    @Mixin
    ReportOutput output;

    @Override
    public Integer call() {
        List<CodeFrequency> frequencies;
        String coding;
        try (Project p = project.open()) {
            frequencies = p.frequencies(analysis.filter(), analysis.codes, analysis.withSubcodes());
            coding = p.codingCounted(analysis.filter());
        }
        boolean table = output.chosen() == FormatOption.Format.table && output.out == null;
        boolean tree = table && analysis.codes.isEmpty();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CodeFrequency f : frequencies) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", tree ? "  ".repeat(f.depth()) + leaf(f.code()) : f.code());
            if (!table) {
                row.put("depth", f.depth());
            }
            row.put("segments", f.segments());
            row.put("documents", f.documents());
            row.put("participants", f.participants());
            row.put("words", f.words());
            row.put("share", Numbers.rounded(100 * f.share(), 2));
            rows.add(row);
        }
        output.print(out(), new ReportOutput.Report(frequencies.size() + " codes", rows, rows,
                List.of(), List.of("Coding counted: " + coding)));
        return 0;
    }

    /** The last name of a code path: the table shows the tree by indenting. */
    static String leaf(String path) {
        int cut = path.lastIndexOf(" / ");
        return cut < 0 ? path : path.substring(cut + 3);
    }
}
