package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.Tx;

/**
 * An excerpt table made safe to share: participant ids replaced by pseudonyms, and participants'
 * ids, names and speaker labels, and the researcher's list of names and places, masked in every
 * cell of text (document names, quotes, memos, attribute values). Offsets, coders, segment ids
 * and times are left alone.
 */
final class ExcerptMasking {
    static final String SHARED_LABEL = "[speaker]";
    private static final Set<String> LEFT_ALONE = Set.of("start", "end", "coder", "segment_id", "created");

    private ExcerptMasking() {
    }

    /**
     * A participant's pseudonym: {@code P} and the participant's number in the project, which
     * never changes and is never reused, so the same person has the same pseudonym in every
     * export of the project, and the number says nothing about who they are.
     */
    static String pseudonym(long participantId) {
        return String.format("P%03d", participantId);
    }

    static ExcerptTable apply(Tx tx, ExcerptTable table, ExcerptPrivacy privacy) {
        if (!privacy.masksAnything()) {
            return table;
        }
        Map<String, String> pseudonymByKey = new HashMap<>();
        TextMasker.Builder masker = new TextMasker.Builder();
        if (privacy.pseudonymise()) {
            Map<Long, String> pseudonymById = new HashMap<>();
            for (ParticipantTable.Row p : tx.participants().all()) {
                String pseudonym = pseudonym(p.id());
                pseudonymById.put(p.id(), pseudonym);
                pseudonymByKey.put(p.key(), pseudonym);
                masker.add(p.key(), pseudonym).addName(p.name(), pseudonym);
            }
            // A label used for different people in different documents ("Респондент") cannot stand
            // for one pseudonym without pinning words on the wrong person.
            Map<String, Set<Long>> peopleByLabel = new HashMap<>();
            tx.speakerMaps().all().values().forEach(labels -> labels.forEach(
                    (label, id) -> peopleByLabel.computeIfAbsent(label, l -> new HashSet<>()).add(id)));
            peopleByLabel.forEach((label, ids) -> masker.add(label,
                    ids.size() == 1 ? pseudonymById.get(ids.iterator().next()) : SHARED_LABEL));
        }
        privacy.maskedTerms().forEach(t -> masker.add(t.term(), t.replacement()));
        TextMasker m = masker.build();
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                String column = table.header().get(c);
                String cell = row.get(c);
                if (column.equals("participants") && privacy.pseudonymise()) {
                    cells.add(pseudonymsOf(cell, pseudonymByKey));
                } else {
                    cells.add(LEFT_ALONE.contains(column) ? cell : m.mask(cell));
                }
            }
            rows.add(cells);
        }
        return new ExcerptTable(table.header(), rows);
    }

    private static String pseudonymsOf(String keys, Map<String, String> pseudonymByKey) {
        if (keys.isEmpty()) {
            return keys;
        }
        List<String> out = new ArrayList<>();
        for (String key : keys.split("; ")) {
            out.add(pseudonymByKey.getOrDefault(key, "[masked]"));
        }
        return String.join("; ", out);
    }
}
