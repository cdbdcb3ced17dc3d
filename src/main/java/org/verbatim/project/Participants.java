package org.verbatim.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.ParticipantRole;
import org.verbatim.store.Tx;

/** Participants and their attributes: listing them, and importing or updating them from a sheet. */
final class Participants {
    private Participants() {
    }

    static List<ParticipantView> list(Tx tx) {
        Map<Long, Map<String, String>> values = tx.attributes().valuesByOwner(AttributeScope.PARTICIPANT);
        List<ParticipantView> out = new ArrayList<>();
        for (var p : tx.participants().all()) {
            out.add(new ParticipantView(p.id(), p.key(), p.name(), p.role(), tx.speakerMaps().documentsOf(p.id()),
                    values.getOrDefault(p.id(), Map.of())));
        }
        return out;
    }

    /**
     * Sets a participant's role. A {@code role} attribute, as a participants sheet brings, is
     * kept in step, so filters and searches on it agree with what the analyses count.
     */
    static void setRole(Tx tx, String participantKey, ParticipantRole role) {
        var p = tx.participants().findByKey(participantKey.strip()).orElseThrow(() -> new ProjectException(
                "There is no participant '" + participantKey + "'"));
        tx.participants().setRole(p.id(), role);
        var attribute = tx.attributes().find(AttributeScope.PARTICIPANT, AttributeSheet.ROLE_COLUMN);
        if (attribute.isPresent()) {
            AttributeValues.set(tx, attribute.get(), p.id(), role.label(), "participant " + p.key());
        }
    }

    /** Editing the {@code role} attribute sets the role, so the two never disagree; a value must name a role. */
    static void roleFollowsAttribute(Tx tx, long participantId, String attribute, String value) {
        if (!AttributeSheet.ROLE_COLUMN.equals(attribute.strip()) || value == null || value.isBlank()) {
            return;
        }
        try {
            tx.participants().setRole(participantId, ParticipantRole.parse(value));
        } catch (IllegalArgumentException e) {
            throw new ProjectException(e.getMessage());
        }
    }

    /**
     * Creates or updates the participants of a checked sheet; declared {@code types} replace the
     * attributes' types once the new values are stored. Then maps speaker labels that now match.
     */
    static Project.ParticipantImport importSheet(Tx tx, AttributeSheet sheet, Map<String, AttributeType> types) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        sheet.types().forEach((name, type) -> {
            var a = AttributeValues.prepare(tx, AttributeScope.PARTICIPANT, name, type, false);
            // The file's values are set under a declared type; the attribute takes that type
            // below, once they have replaced the stored values they correct.
            attributes.put(name, types.containsKey(name) ? new Attribute(a.id(), a.name(),
                    a.scope(), type) : a);
        });
        int created = 0;
        int updated = 0;
        for (String key : sheet.keys()) {
            var existing = tx.participants().findByKey(key);
            long id;
            if (existing.isPresent()) {
                id = existing.get().id();
                if (sheet.nameFor(key) != null) {
                    tx.participants().rename(id, sheet.nameFor(key));
                }
                updated++;
            } else {
                id = tx.participants().insert(key, sheet.nameFor(key));
                created++;
            }
            if (sheet.roleFor(key) != null) {
                tx.participants().setRole(id, sheet.roleFor(key));
            }
            for (var e : sheet.valuesFor(key).entrySet()) {
                AttributeValues.set(tx, attributes.get(e.getKey()), id, e.getValue(), sheet.where(key));
            }
        }
        types.forEach((name, type) -> AttributeValues.prepare(tx, AttributeScope.PARTICIPANT, name, type, true));
        return new Project.ParticipantImport(created, updated, SpeakerMatcher.mapAll(tx));
    }
}
