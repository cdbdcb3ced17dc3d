package org.verbatim.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.DocumentVersion;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "history", description = "List the versions of a document's text: when each was saved, by whom, and what changed.")
final class HistoryCommand extends ProjectCommand {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DocumentVersion v : p.corrections().history(document)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("version", v.number());
                row.put("saved", TIME.format(v.savedAt()));
                row.put("editor", v.editor().isEmpty() ? "-" : v.editor());
                row.put("summary", v.summary());
                row.put("characters", v.length());
                row.put("current", v.current());
                rows.add(row);
            }
            format.print(out(), rows, null);
        }
        return 0;
    }
}
