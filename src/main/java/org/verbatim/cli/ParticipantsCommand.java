package org.verbatim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.AttributeType;
import org.verbatim.model.ParticipantRole;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "participants", description = {"List participants, import/update them from a CSV, or set their roles.",
    "A role is respondent, interviewer, moderator or observer; analyses count respondents as participants."})
final class ParticipantsCommand extends ProjectCommand {
    @Mixin
    FormatOption format;

    @Option(names = "--import", paramLabel = "participants.csv",
            description = "Import or update participants: an 'id' column, optional 'name' and 'role', one column per"
                    + " attribute.")
    Path csv;

    @Option(names = "--set-role", paramLabel = "ID=ROLE", description = "Set a participant's role: respondent,"
            + " interviewer, moderator or observer (repeatable).")
    List<String> roles = new ArrayList<>();

    @Option(names = "--type", paramLabel = "ATTR=TYPE",
            description = "Declare an attribute's type (text, integer, decimal, date, boolean) instead of inferring it.")
    List<String> types = new ArrayList<>();

    @Override
    public Integer call() {
        try (Project p = project.open()) {
            if (csv != null) {
                var result = p.importParticipants(csv, declaredTypes());
                out().println("Participants: " + result.created() + " created, " + result.updated()
                        + " updated; " + result.speakersMapped() + " speaker labels mapped");
                return 0;
            }
            if (!roles.isEmpty()) {
                for (String text : roles) {
                    KeyValue kv = KeyValue.parse("--set-role", "ID=ROLE", text);
                    ParticipantRole role;
                    try {
                        role = ParticipantRole.parse(kv.value());
                    } catch (IllegalArgumentException e) {
                        throw new CliException("--set-role " + text + ": " + e.getMessage());
                    }
                    p.setParticipantRole(kv.key(), role);
                    out().println(kv.key() + ": role " + role.label());
                }
                return 0;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ParticipantView v : p.participants()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", v.key());
                row.put("name", v.name());
                row.put("role", v.role().label());
                row.put("documents", v.documents());
                row.put("attributes", v.attributes());
                rows.add(row);
            }
            format.print(out(), rows, null);
        }
        return 0;
    }

    private Map<String, AttributeType> declaredTypes() {
        Map<String, AttributeType> out = new LinkedHashMap<>();
        for (String t : types) {
            KeyValue kv = KeyValue.parse("--type", "ATTR=TYPE", t);
            try {
                out.put(kv.key(), AttributeType.parse(kv.value()));
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
        return out;
    }
}
