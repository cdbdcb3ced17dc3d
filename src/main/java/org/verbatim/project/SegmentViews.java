package org.verbatim.project;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.ParticipantTable;
import org.verbatim.store.Tx;

/**
 * Turns stored segments into {@link SegmentView}s: names the document, code and coder, and
 * attributes each segment to the participants whose turns it overlaps — this is how a focus
 * group's codings count for each speaker.
 */
final class SegmentViews {
    private final Tx tx;
    private final CodeTree codes;
    private final Map<Long, String> documentNames;
    private final Map<Long, String> coderNames;
    private final Map<Long, String> participantKeys;
    private final Map<Long, Map<String, String>> participantValues;
    private final Map<Long, Map<String, String>> documentValues;
    private final Map<Long, List<Turn>> turnsByDocument = new HashMap<>();
    private final Map<Long, Map<String, Long>> speakerMapByDocument = new HashMap<>();

    SegmentViews(Tx tx) {
        this.tx = tx;
        this.codes = Codebook.tree(tx);
        this.documentNames = tx.documents().listWithoutText().stream().collect(Collectors.toMap(Document::id, Document::name));
        this.coderNames = tx.coders().all().stream().collect(Collectors.toMap(Coder::id, Coder::name));
        this.participantKeys = tx.participants().all().stream()
                .collect(Collectors.toMap(ParticipantTable.Row::id, ParticipantTable.Row::key));
        this.participantValues = tx.attributes().valuesByOwner(AttributeScope.PARTICIPANT);
        this.documentValues = tx.attributes().valuesByOwner(AttributeScope.DOCUMENT);
    }

    CodeTree codes() {
        return codes;
    }

    SegmentView view(Segment s) {
        List<Long> participants = participantsOf(s.documentId(), s.start(), s.end());
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        for (Long p : participants) {
            participantValues.getOrDefault(p, Map.of())
                    .forEach((k, v) -> merged.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
        }
        Map<String, String> participantAttributes = new LinkedHashMap<>();
        merged.forEach((k, v) -> participantAttributes.put(k, String.join("; ", v)));
        return new SegmentView(s.id(), s.documentId(), documentNames.get(s.documentId()), s.codeId(),
                codes.path(s.codeId()), s.start(), s.end(), coderNames.get(s.coderId()), s.text(), s.memo(),
                participants.stream().map(participantKeys::get).toList(), participantAttributes,
                documentValues.getOrDefault(s.documentId(), Map.of()), s.createdAt());
    }

    /** Participants whose turns overlap {@code [start, end)} of a document, in turn order, each once. */
    List<Long> participantsOf(long documentId, int start, int end) {
        List<Turn> turns = turnsByDocument.computeIfAbsent(documentId, id -> tx.turns().ofDocument(id));
        Map<String, Long> map = speakerMapByDocument.computeIfAbsent(documentId, id -> tx.speakerMaps().ofDocument(id));
        Set<Long> out = new LinkedHashSet<>();
        for (Turn t : turns) {
            if (t.overlaps(start, end) && map.containsKey(t.speaker())) {
                out.add(map.get(t.speaker()));
            }
        }
        return new ArrayList<>(out);
    }

    /** Speaker labels of the turns that overlap {@code [start, end)} of a document, in turn order, each once. */
    List<String> speakersOf(long documentId, int start, int end) {
        Set<String> out = new LinkedHashSet<>();
        for (Turn t : turnsByDocument.computeIfAbsent(documentId, id -> tx.turns().ofDocument(id))) {
            if (t.overlaps(start, end)) {
                out.add(t.speaker());
            }
        }
        return new ArrayList<>(out);
    }

    /** The segments that pass the filter, as views, in document and position order. */
    List<SegmentView> select(SegmentFilter filter) {
        return select(ExcerptSelection.of(filter));
    }

    /** The segments of the selection, each once, as views in document and position order. */
    List<SegmentView> select(ExcerptSelection selection) {
        Collection<Segment> candidates;
        if (!selection.codes().isEmpty()) {
            // A segment under two chosen codes (a code and its parent, say) is listed once.
            Map<Long, Segment> byId = new LinkedHashMap<>();
            for (String path : selection.codes()) {
                Code root = codes.require(path);
                for (Code c : codes.subtree(root.id())) {
                    tx.segments().ofCode(c.id()).forEach(s -> byId.putIfAbsent(s.id(), s));
                }
            }
            candidates = byId.values();
        } else {
            candidates = tx.segments().all();
        }
        Set<String> documents = resolveDocuments(selection.documents());
        Set<String> coders = Set.copyOf(selection.coders());
        List<SegmentView> out = new ArrayList<>();
        for (Segment s : candidates) {
            if (!documents.isEmpty() && !documents.contains(documentNames.get(s.documentId()))) {
                continue;
            }
            if (!coders.isEmpty() && !coders.contains(coderNames.get(s.coderId()))) {
                continue;
            }
            SegmentView v = view(s);
            if (matches(v, selection.where())) {
                out.add(v);
            }
        }
        out.sort((a, b) -> a.documentId() != b.documentId() ? a.document().compareTo(b.document())
                : a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Long.compare(a.id(), b.id()));
        return out;
    }

    private Set<String> resolveDocuments(List<String> refs) {
        Set<String> names = new LinkedHashSet<>();
        for (String ref : refs) {
            names.add(DocumentRefs.resolve(tx, ref).name());
        }
        return names;
    }

    /**
     * Whether the document, or the document together with one and the same participant, has
     * every attribute asked for: a segment shared by a woman from Tomsk and a man from
     * Petrozavodsk holds no words of a woman from Petrozavodsk.
     */
    private boolean matches(SegmentView v, Map<String, List<String>> where) {
        if (where.isEmpty()) {
            return true;
        }
        List<Long> participants = participantsOf(v.documentId(), v.start(), v.end());
        if (participants.isEmpty()) {
            return fits(v.documentAttributes(), Map.of(), where);
        }
        for (Long p : participants) {
            if (fits(v.documentAttributes(), participantValues.getOrDefault(p, Map.of()), where)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(Map<String, String> document, Map<String, String> participant,
                                Map<String, List<String>> where) {
        for (var e : where.entrySet()) {
            String d = document.get(e.getKey());
            String p = participant.get(e.getKey());
            if (e.getValue().stream().noneMatch(wanted -> wanted.equalsIgnoreCase(d) || wanted.equalsIgnoreCase(p))) {
                return false;
            }
        }
        return true;
    }
}
