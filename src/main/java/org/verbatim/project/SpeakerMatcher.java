package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.TurnTable.SpeakerCount;
import org.verbatim.store.Tx;

/**
 * Maps speaker labels to participants automatically when a label equals a participant's id or
 * name (ignoring case and surrounding space). Labels already mapped by hand are left alone.
 */
final class SpeakerMatcher {
    private SpeakerMatcher() {
    }

    /** Maps what can be mapped in one document; returns the labels still unmapped. */
    static List<String> mapDocument(Tx tx, long documentId) {
        return mapDocument(tx, documentId, participants(tx));
    }

    /**
     * Participant ids by normalised id and name, read once for many documents (an import of a
     * thousand files would otherwise read every participant a thousand times).
     */
    static Map<String, Long> participants(Tx tx) {
        return index(tx.participants().all());
    }

    /** As {@link #mapDocument(Tx, long)}, with the participants read by {@link #participants(Tx)}. */
    static List<String> mapDocument(Tx tx, long documentId, Map<String, Long> byKeyOrName) {
        Map<String, Long> mapped = tx.speakerMaps().ofDocument(documentId);
        List<String> unmapped = new ArrayList<>();
        for (SpeakerCount s : tx.turns().speakersOf(documentId)) {
            if (mapped.containsKey(s.speaker())) {
                continue;
            }
            Long participant = byKeyOrName.get(norm(s.speaker()));
            if (participant != null) {
                tx.speakerMaps().map(documentId, s.speaker(), participant);
            } else {
                unmapped.add(s.speaker());
            }
        }
        return unmapped;
    }

    /** Maps what can be mapped in every document; returns how many labels were newly mapped. */
    static int mapAll(Tx tx) {
        int before = 0;
        int after = 0;
        Map<String, Long> byKeyOrName = participants(tx);
        for (var d : tx.documents().listWithoutText()) {
            before += tx.speakerMaps().ofDocument(d.id()).size();
            mapDocument(tx, d.id(), byKeyOrName);
            after += tx.speakerMaps().ofDocument(d.id()).size();
        }
        return after - before;
    }

    /**
     * Participant ids by normalised id and name. A name two participants share matches neither:
     * guessing would silently attribute one person's words to another.
     */
    private static Map<String, Long> index(List<ParticipantTable.Row> participants) {
        Map<String, Long> out = new HashMap<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        for (var p : participants) {
            if (p.name() != null && !p.name().isBlank()) {
                nameCounts.merge(norm(p.name()), 1, Integer::sum);
            }
        }
        for (var p : participants) {
            if (p.name() != null && nameCounts.getOrDefault(norm(p.name()), 0) == 1) {
                out.put(norm(p.name()), p.id());
            }
        }
        for (var p : participants) {
            out.put(norm(p.key()), p.id()); // an id match wins over a name match
        }
        return out;
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
