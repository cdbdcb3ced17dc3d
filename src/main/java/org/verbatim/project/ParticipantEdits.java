package org.verbatim.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.ParticipantRole;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.Tx;

/**
 * Adding, renaming and removing participants by hand, each undoable: a removal keeps what it
 * took (the participant with their id and role, attribute values, speaker labels and memos),
 * and {@link #restore} puts it all back as it was, so speaker labels find the same participant.
 */
public final class ParticipantEdits {
    private final SearchIndexSync index;

    ParticipantEdits(SearchIndexSync index) {
        this.index = index;
    }

    /** A removed participant as they were: enough to put them back exactly. */
    public record Removed(ParticipantTable.Row row, Map<String, String> attributes,
                          Map<Long, List<String>> speakers, List<Memo> memos) {
        public Removed {
            attributes = Map.copyOf(attributes);
            speakers = Map.copyOf(speakers);
            memos = List.copyOf(memos);
        }
    }

    /** Adds a participant with id {@code key} and an optional display name; refused when the id is blank or taken. */
    public void add(String key, String name) {
        String k = checkedKey(key);
        index.write((tx, changes) -> {
            if (tx.participants().findByKey(k).isPresent()) {
                throw new ProjectException("There is already a participant with id '" + k + "'");
            }
            tx.participants().insert(k, blankToNull(name));
            return null;
        });
    }

    /**
     * Undoes {@link #add}: removes the participant, who must still have no attribute values,
     * speaker labels or memos — nothing else can be lost.
     */
    public void undoAdd(String key) {
        index.write((tx, changes) -> {
            var p = require(tx, key);
            if (tx.speakerMaps().documentsOf(p.id()) > 0
                    || !tx.attributes().valuesOf(AttributeScope.PARTICIPANT, p.id()).isEmpty()
                    || !memosOf(tx, p.id()).isEmpty()) {
                throw new ProjectException("The participant " + key + " has attributes, speakers or memos by now;"
                        + " remove the participant instead");
            }
            tx.participants().delete(p.id());
            return null;
        });
    }

    /** Sets a participant's display name; a blank name clears it (the id is shown instead). */
    public void rename(String key, String name) {
        index.write((tx, changes) -> {
            var p = require(tx, key);
            tx.participants().rename(p.id(), blankToNull(name));
            documentsOf(tx, p.id()).keySet().forEach(changes::document);
            return null;
        });
    }

    /**
     * Removes a participant with their attribute values, speaker mappings and memos (the
     * speaker labels stay in the transcripts, mapped to nobody). Returns what {@link #restore} needs.
     */
    public Removed remove(String key) {
        return index.write((tx, changes) -> {
            var p = require(tx, key);
            Map<Long, List<String>> speakers = documentsOf(tx, p.id());
            Removed removed = new Removed(p, tx.attributes().valuesOf(AttributeScope.PARTICIPANT, p.id()), speakers,
                    memosOf(tx, p.id()));
            tx.memos().deleteAttachedTo(MemoTarget.PARTICIPANT, p.id());
            tx.participants().delete(p.id());
            speakers.keySet().forEach(changes::document);
            return removed;
        });
    }

    /** Puts a removed participant back with the same id, role, attribute values, speaker labels and memos. */
    public void restore(Removed removed) {
        index.write((tx, changes) -> {
            ParticipantTable.Row row = removed.row();
            if (tx.participants().findByKey(row.key()).isPresent()) {
                throw new ProjectException("There is a participant with id '" + row.key() + "' again; remove it first");
            }
            tx.participants().restore(row);
            for (var e : removed.attributes().entrySet()) {
                var attribute = tx.attributes().find(AttributeScope.PARTICIPANT, e.getKey()).orElseThrow(
                        () -> new ProjectException("The participant attribute '" + e.getKey() + "' is gone"));
                tx.attributes().setValue(attribute, row.id(), e.getValue());
            }
            for (var e : removed.speakers().entrySet()) {
                if (tx.documents().find(e.getKey()).isPresent()) {
                    e.getValue().forEach(label -> tx.speakerMaps().map(e.getKey(), label, row.id()));
                    changes.document(e.getKey());
                }
            }
            removed.memos().forEach(tx.memos()::restore);
            return null;
        });
    }

    private static String checkedKey(String key) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            throw new ProjectException("A participant needs an id");
        }
        if (k.length() > 200) {
            throw new ProjectException("A participant id has at most 200 characters");
        }
        return k;
    }

    private static ParticipantTable.Row require(Tx tx, String key) {
        return tx.participants().findByKey(key).orElseThrow(() -> new ProjectException(
                "There is no participant '" + key + "'"));
    }

    private static String blankToNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (name.strip().length() > 500) {
            throw new ProjectException("A participant's name has at most 500 characters");
        }
        return name.strip();
    }

    private static List<Memo> memosOf(Tx tx, long participantId) {
        return tx.memos().all().stream().filter(m -> m.target() == MemoTarget.PARTICIPANT
                && Long.valueOf(participantId).equals(m.targetId())).toList();
    }

    /** The documents in which the participant speaks, each with the labels mapped to them. */
    private static Map<Long, List<String>> documentsOf(Tx tx, long participantId) {
        Map<Long, List<String>> out = new HashMap<>();
        tx.speakerMaps().all().forEach((document, labels) -> labels.forEach((label, who) -> {
            if (who == participantId) {
                out.computeIfAbsent(document, d -> new java.util.ArrayList<>()).add(label);
            }
        }));
        out.replaceAll((d, labels) -> labels.stream().sorted().toList());
        return out;
    }
}
