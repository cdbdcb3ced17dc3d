package org.verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.project.Project;
import org.verbatim.project.SpeakerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "speakers", description = {
    "List speaker labels and the participants they map to, or map them.",
    "Labels equal to a participant's id or name map automatically."})
final class SpeakersCommand extends ProjectCommand {
    @Parameters(index = "1", arity = "0..1", paramLabel = "DOC", description = "Document id or name (default: all).")
    String document;

    @Option(names = "--map", paramLabel = "LABEL=PARTICIPANT",
            description = "Map a speaker label of DOC to a participant id; an empty id unmaps it (repeatable).")
    List<String> maps = new ArrayList<>();

    @Option(names = "--import", paramLabel = "speakers.csv",
            description = "Map speakers from a CSV with columns file, speaker, participant.")
    Path csv;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            if (csv != null) {
                var result = p.importSpeakerMap(csv);
                out().println("Mapped " + result.mapped() + " speaker labels"
                        + (result.skipped() > 0 ? " (" + result.skipped() + " rows skipped: their documents are not in this project)" : ""));
                return 0;
            }
            if (!maps.isEmpty()) {
                if (document == null) {
                    throw new CliException("--map needs the document: verbatim speakers PROJECT DOC --map LABEL=ID");
                }
                for (String m : maps) {
                    KeyValue kv = KeyValue.parse("--map", "LABEL=PARTICIPANT", m, true);
                    p.mapSpeaker(document, kv.key(), kv.value());
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SpeakerView s : p.speakers(document)) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("document", s.document());
                row.put("speaker", s.speaker());
                row.put("turns", s.turns());
                row.put("participant", s.participant());
                rows.add(row);
            }
            format.print(out(), rows, null);
        }
        return 0;
    }
}
