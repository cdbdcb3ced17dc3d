package org.verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import org.verbatim.project.SpeakerView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "speakers", description = {
    "List speaker labels and the participants they map to, or map them.",
    "Labels equal to a participant's id or name map automatically."})
final class SpeakersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArg project;

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
                var r = p.importSpeakerMap(csv);
                spec.commandLine().getOut().println("Mapped " + r.mapped() + " speaker labels"
                        + (r.skipped() == 0 ? "" : "; skipped " + r.skipped() + " rows for documents not in the project"));
                return 0;
            }
            if (!maps.isEmpty()) {
                if (document == null) {
                    throw new CliException("--map needs the document: verbatim speakers PROJECT DOC --map LABEL=ID");
                }
                for (String m : maps) {
                    int eq = m.lastIndexOf('=');
                    if (eq <= 0) {
                        throw new CliException("--map takes LABEL=PARTICIPANT, not '" + m + "'");
                    }
                    p.mapSpeaker(document, m.substring(0, eq).strip(), m.substring(eq + 1).strip());
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
            format.print(spec.commandLine().getOut(), rows, null);
        }
        return 0;
    }
}
