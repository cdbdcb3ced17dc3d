package org.verbatim.project;

import org.verbatim.model.Document;
import org.verbatim.model.Memo.MemoTarget;

/**
 * A participant made for a speaker label that has none yet ("Сергей Н." in a new transcript),
 * and its undoing: the participant made and the label mapped to them in one transaction.
 */
public final class SpeakerParticipants {
    private final SearchIndexSync index;

    SpeakerParticipants(SearchIndexSync index) {
        this.index = index;
    }

    /**
     * Makes a participant with id {@code key} and display name {@code name} and maps the speaker
     * label of the document to them; refused, changing nothing, when the id is blank or taken.
     */
    public void create(String documentRef, String speaker, String key, String name) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            throw new ProjectException("A participant needs an id");
        }
        index.write((tx, changes) -> {
            if (tx.participants().findByKey(k).isPresent()) {
                throw new ProjectException("There is already a participant with id '" + k + "'");
            }
            Document d = DocumentRefs.resolve(tx, documentRef);
            tx.participants().insert(k, name == null || name.isBlank() ? null : name.strip());
            Speakers.map(tx, d, speaker, k, "");
            changes.document(d.id());
            return null;
        });
    }

    /**
     * Undoes {@link #create}: unmaps the label and deletes the participant, which must still have
     * no attribute values, memos or other speaker labels — nothing else can be lost.
     */
    public void undoCreate(String documentRef, String speaker, String key) {
        index.write((tx, changes) -> {
            var p = tx.participants().findByKey(key).orElseThrow(() -> new ProjectException(
                    "There is no participant " + key));
            Document d = DocumentRefs.resolve(tx, documentRef);
            Speakers.map(tx, d, speaker, null, "");
            boolean used = tx.speakerMaps().documentsOf(p.id()) > 0
                    || Participants.list(tx).stream().anyMatch(v -> v.key().equals(key) && !v.attributes().isEmpty())
                    || tx.memos().all().stream().anyMatch(m -> m.target() == MemoTarget.PARTICIPANT
                    && Long.valueOf(p.id()).equals(m.targetId()));
            if (used) {
                throw new ProjectException("The participant " + key + " has attributes, memos or other speakers by now;"
                        + " remove them first");
            }
            tx.participants().delete(p.id());
            changes.document(d.id());
            return null;
        });
    }
}
