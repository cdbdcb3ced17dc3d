package org.verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "docs", description = "List the documents, or set their attributes from a CSV.")
final class DocsCommand extends ProjectCommand {
    @Mixin
    FormatOption format;

    @Option(names = "--import", paramLabel = "documents.csv",
            description = "Set document attributes from a CSV ('file' column plus one column per attribute).")
    Path attributesCsv;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            if (attributesCsv != null) {
                var result = p.importDocumentAttributes(attributesCsv);
                out().println("Set attributes of " + result.updated() + (result.updated() == 1 ? " document" : " documents")
                        + (result.skipped() > 0 ? " (" + result.skipped() + (result.skipped() == 1 ? " row" : " rows")
                                + " skipped: their documents are not in this project)" : ""));
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DocumentSummary d : p.documents()) {
                rows.add(row(d));
            }
            format.print(out(), rows, null);
        }
        return 0;
    }

    static Map<String, Object> row(DocumentSummary d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("name", d.name());
        row.put("format", d.format());
        row.put("language", d.language());
        row.put("encoding", d.encoding());
        row.put("turns", d.turns());
        row.put("words", d.words());
        row.put("segments", d.segments());
        row.put("attributes", d.attributes());
        return row;
    }
}
