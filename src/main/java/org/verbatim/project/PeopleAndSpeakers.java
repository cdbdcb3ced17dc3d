package org.verbatim.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Document;
import org.verbatim.model.ParticipantRole;
import org.verbatim.store.ProjectStore;

/** Participants, their attributes, and which speaker label of which document is whom. */
final class PeopleAndSpeakers {
    private final ProjectStore store;
    private final SearchIndexSync index;

    PeopleAndSpeakers(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    List<ParticipantView> participants() {
        return store.read(Participants::list);
    }

    Project.ParticipantImport importParticipants(Path csv, Map<String, AttributeType> types) {
        AttributeSheet sheet = AttributeSheet.read(csv, List.of("id", "participant", "key"), types);
        return index.write((tx, changes) -> {
            changes.everything();
            return Participants.importSheet(tx, sheet, types);
        });
    }

    void setParticipantAttribute(String participantKey, String attribute, String value) {
        index.write((tx, changes) -> {
            var p = tx.participants().findByKey(participantKey).orElseThrow(() -> new ProjectException(
                    "There is no participant " + participantKey));
            AttributeEdits.set(tx, AttributeScope.PARTICIPANT, p.id(), attribute, value, "Participant " + p.key());
            Participants.roleFollowsAttribute(tx, p.id(), attribute, value);
            tx.speakerMaps().all().forEach((document, labels) -> {
                if (labels.containsValue(p.id())) {
                    changes.document(document);
                }
            });
            return null;
        });
    }

    void setParticipantRole(String participantKey, ParticipantRole role) {
        index.write((tx, changes) -> {
            changes.everything();
            Participants.setRole(tx, participantKey, role);
            return null;
        });
    }

    List<SpeakerView> speakers(String ref) {
        return store.read(tx -> Speakers.list(tx, ref));
    }

    void mapSpeaker(String documentRef, String speaker, String participantKey) {
        index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, documentRef);
            Speakers.map(tx, d, speaker, participantKey, "");
            changes.document(d.id());
            return null;
        });
    }

    Project.SpeakerMapImport importSpeakerMap(Path csv) {
        SpeakerSheet sheet = SpeakerSheet.read(csv);
        return index.write((tx, changes) -> {
            changes.documentsNamed(tx, sheet.rows().stream().map(SpeakerSheet.Row::document).toList());
            return Speakers.importSheet(tx, sheet);
        });
    }
}
