package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.Project;
import org.verbatim.project.TurnView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one document's turns, or with --text its whole normalised text.")
final class ShowCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @Option(names = "--text", description = "Print the whole normalised text, exactly as offsets count it.")
    boolean text;

    @Mixin
    FormatOption format;

    /** A timestamp as transcribers write it, h:mm:ss; empty when the turn has none. */
    static String clock(Long ms) {
        if (ms == null) {
            return "";
        }
        long s = ms / 1000;
        return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Project p = project.open()) {
            DocumentDetail d = p.document(document);
            if (text) {
                out.print(d.text());
                out.flush();
                return 0;
            }
            List<Map<String, Object>> turns = new ArrayList<>();
            for (TurnView t : d.turns()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("index", t.index());
                row.put("speaker", t.speaker());
                row.put("participant", t.participant());
                if (format.format == FormatOption.Format.table) {
                    row.put("time", clock(t.timestampMs()));
                } else {
                    row.put("timestampMs", t.timestampMs());
                }
                row.put("start", t.start());
                row.put("end", t.end());
                row.put("text", t.text());
                turns.add(row);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("document", DocsCommand.row(d.document()));
            json.put("turns", turns);
            if (format.format == FormatOption.Format.table && turns.isEmpty()) {
                out.println(d.document().name() + " has no speaker turns; use --text to read it");
                return 0;
            }
            format.print(out, turns, json);
        }
        return 0;
    }
}
