package org.verbatim.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Document;
import org.verbatim.model.Turn;
import org.verbatim.search.IndexedTurn;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.SegmentTable;
import org.verbatim.store.Tx;

/**
 * Reads from the store what the search index holds of each turn of a document: its words,
 * speaker and participant, the attributes of its document and participant, and the codes of
 * the segments that overlap it. A document without turns is indexed paragraph by paragraph.
 * Participants and their attributes are read once, when this is made.
 */
final class IndexedTurns {
    private final Map<Long, String> participantKeys = new LinkedHashMap<>();
    private final Map<Long, Map<String, String>> participantValues;

    IndexedTurns(Tx tx) {
        for (ParticipantTable.Row p : tx.participants().all()) {
            participantKeys.put(p.id(), p.key());
        }
        participantValues = tx.attributes().valuesByOwner(AttributeScope.PARTICIPANT);
    }

    /** The indexed turns of a document; none when it does not exist (any more). */
    List<IndexedTurn> of(Tx tx, long documentId) {
        Optional<Document> found = tx.documents().find(documentId);
        if (found.isEmpty()) {
            return List.of();
        }
        Document d = found.get();
        Map<String, String> documentValues = tx.attributes().valuesOf(AttributeScope.DOCUMENT, documentId);
        Map<String, Long> speakers = tx.speakerMaps().ofDocument(documentId);
        List<SegmentTable.CodedRange> segments = tx.segments().codedRangesOfDocument(documentId);
        List<Turn> turns = tx.turns().ofDocument(documentId);
        if (turns.isEmpty()) {
            turns = paragraphs(d);
        }
        List<IndexedTurn> out = new ArrayList<>(turns.size());
        for (Turn t : turns) {
            Long participant = t.speaker() == null ? null : speakers.get(t.speaker());
            Map<String, List<String>> attributes = new LinkedHashMap<>();
            documentValues.forEach((k, v) -> add(attributes, k, v));
            if (participant != null) {
                participantValues.getOrDefault(participant, Map.of()).forEach((k, v) -> add(attributes, k, v));
            }
            Set<Long> codes = new LinkedHashSet<>();
            for (SegmentTable.CodedRange s : segments) {
                if (s.start() >= t.end()) {
                    break; // in start order: no later segment reaches back into this turn
                }
                if (t.overlaps(s.start(), s.end())) {
                    codes.add(s.codeId());
                }
            }
            out.add(new IndexedTurn(d.id(), d.name(), d.language(), t.index(), t.start(),
                    d.text().substring(t.start(), t.end()), t.speaker(),
                    participant == null ? null : participantKeys.get(participant), t.timestampMs(), attributes, codes));
        }
        return out;
    }

    private static void add(Map<String, List<String>> attributes, String name, String value) {
        List<String> values = attributes.computeIfAbsent(name, k -> new ArrayList<>());
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    /** A document without speaker turns, as paragraphs (runs of lines between blank lines) numbered from 0. */
    private static List<Turn> paragraphs(Document d) {
        String text = d.text();
        List<Turn> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                if (start >= 0) {
                    out.add(new Turn(0, d.id(), out.size(), null, null, start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = lineStart + line.length() - line.stripLeading().length();
                }
                end = lineStart + line.stripTrailing().length();
            }
            lineStart = lineEnd + 1;
        }
        if (start >= 0) {
            out.add(new Turn(0, d.id(), out.size(), null, null, start, end));
        }
        return out;
    }
}
