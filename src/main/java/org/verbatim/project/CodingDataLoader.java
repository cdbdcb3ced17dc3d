package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.verbatim.analysis.CodingData;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.ParticipantRole;
import org.verbatim.store.Tx;

/**
 * Reads what the analyses count from the store, in one read transaction, into a
 * {@link CodingData}: segments without their texts, turns with the participants their speaker
 * labels map to, the offsets of every spoken word, and attribute values.
 */
final class CodingDataLoader {
    private CodingDataLoader() {
    }

    /** A turn as read, before it is handed on. */
    private record TurnRange(String speaker, int start, int end) { }

    /**
     * Reads the snapshot. {@code wordStarts} holds the spoken-word offsets of documents read
     * before, by document id: a document's text and turns never change after import, so only
     * documents new to it are read and added.
     */
    static CodingData load(Tx tx, Map<Long, int[]> wordStarts) {
        CodingData.Builder b = CodingData.builder();
        b.codes(Codebook.tree(tx).depthFirst());
        for (var p : tx.participants().all()) {
            b.participant(p.id(), p.key(), p.role() == ParticipantRole.RESPONDENT);
        }
        for (Coder c : tx.coders().all()) {
            b.coder(c.id(), c.name());
        }
        Map<Long, List<TurnRange>> turns = new HashMap<>();
        tx.turns().scanAll((document, speaker, start, end) ->
                turns.computeIfAbsent(document, k -> new ArrayList<>()).add(new TurnRange(speaker, start, end)));
        turns.values().forEach(list -> list.sort(Comparator.comparingInt(TurnRange::start)));
        Map<Long, String> names = new LinkedHashMap<>();
        for (Document d : tx.documents().listWithoutText()) {
            names.put(d.id(), d.name());
        }
        wordStarts.keySet().retainAll(names.keySet());
        if (wordStarts.isEmpty()) {
            tx.documents().scanTexts((id, text) -> wordStarts.put(id, spokenWordStarts(text, turns.getOrDefault(id, List.of()))));
        }
        for (Long id : names.keySet()) {
            wordStarts.computeIfAbsent(id, k -> spokenWordStarts(tx.documents().find(k).orElseThrow().text(),
                    turns.getOrDefault(k, List.of())));
        }
        names.forEach((id, name) -> b.document(id, name, wordStarts.get(id)));
        Map<Long, Map<String, Long>> speakers = tx.speakerMaps().all();
        turns.forEach((document, list) -> {
            Map<String, Long> map = speakers.getOrDefault(document, Map.of());
            for (TurnRange t : list) {
                b.turn(document, t.start(), t.end(), map.get(t.speaker()));
            }
        });
        tx.segments().scanRanges(b::segment);
        for (AttributeScope scope : AttributeScope.values()) {
            Map<Long, Map<String, String>> byOwner = tx.attributes().valuesByOwner(scope);
            for (Attribute a : tx.attributes().all(scope)) {
                Map<Long, String> values = new HashMap<>();
                byOwner.forEach((owner, v) -> {
                    if (v.containsKey(a.name())) {
                        values.put(owner, v.get(a.name()));
                    }
                });
                b.attribute(scope, a.name(), a.type(), values);
            }
        }
        return b.build();
    }

    /** Where the spoken words start: in the turns, or anywhere when the document has none (as word counts do). */
    private static int[] spokenWordStarts(String text, List<TurnRange> turns) {
        IntStream.Builder starts = IntStream.builder();
        if (turns.isEmpty()) {
            Words.starts(text, 0, text.length(), starts::add);
        }
        for (TurnRange t : turns) {
            Words.starts(text, t.start(), t.end(), starts::add);
        }
        return starts.build().toArray();
    }
}
