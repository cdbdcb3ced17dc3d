package org.verbatim.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.exchange.RefiProject;
import org.verbatim.exchange.RefiProject.Case;
import org.verbatim.exchange.RefiProject.Coding;
import org.verbatim.exchange.RefiProject.Selection;
import org.verbatim.exchange.RefiProject.Source;
import org.verbatim.exchange.SelectionAnchors;
import org.verbatim.model.Document;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Turn;
import org.verbatim.transcript.ParsedTranscript;
import org.verbatim.transcript.ParsedTurn;
import org.verbatim.transcript.TranscriptReaders;

/**
 * The sources part of {@link RefiMapping}: text sources become documents (speaker turns parsed
 * as for any transcript), or match a document with the same normalised text; selections are
 * re-anchored on that text ({@link SelectionAnchors}) and their codings become segments; a
 * case's selections map the speakers whose turns they cover to the case's participant.
 */
final class RefiSources {
    private final RefiMapping m;
    private final String file;
    int documentsAdded;
    int documentsMatched;
    int segmentsAdded;
    int segmentsPresent;
    final List<String> countings = new ArrayList<>();
    private final Map<String, Long> documentIds = new HashMap<>();
    private final Map<String, int[]> places = new HashMap<>();
    private final Map<String, Long> selectionDocuments = new HashMap<>();
    private final Map<String, Long> firstSegments = new HashMap<>();
    private final Set<Long> addedDocuments = new HashSet<>();

    RefiSources(RefiMapping mapping, String file) {
        this.m = mapping;
        this.file = file;
    }

    void apply(RefiProject project) {
        Map<String, Long> byText = new HashMap<>();
        m.tx.documents().scanTexts((id, text) -> byText.put(sha256(text), id));
        List<Source> sources = project.sources();
        for (int i = 0; i < sources.size(); i++) {
            if (m.progress.isCancelled()) {
                throw new ProjectException("Import cancelled; nothing was changed");
            }
            Source s = sources.get(i);
            m.progress.update(i, sources.size(), "Reading source " + s.name());
            source(s, byText);
        }
        for (Case c : project.cases()) {
            mapSpeakers(c);
        }
        Map<String, Long> participants = SpeakerMatcher.participants(m.tx);
        for (long id : addedDocuments) {
            SpeakerMatcher.mapDocument(m.tx, id, participants);
        }
    }

    private void source(Source s, Map<String, Long> byText) {
        if (s.text() == null) {
            leaveOut(s, s.missing());
            return;
        }
        ParsedTranscript parsed = TranscriptReaders.fromText(s.text());
        if (parsed.text().isBlank()) {
            leaveOut(s, "its text is empty");
            return;
        }
        String text = parsed.text();
        String sha = sha256(text);
        Long id = byText.get(sha);
        if (id != null) {
            documentsMatched++;
        } else {
            String name = documentName(s.name());
            var sameName = m.tx.documents().findByName(name);
            if (sameName.isPresent() && !addedDocuments.contains(sameName.get().id())) {
                leaveOut(s, "the project has a document named " + name + " with different text");
                return;
            }
            if (sameName.isPresent()) {
                name = unique(name);
            }
            id = m.tx.documents().insert(new Document(0, name, parsed.format().name().toLowerCase(java.util.Locale.ROOT),
                    parsed.language(), parsed.encoding(),
                    file + "#" + s.guid(), sha, Instant.now(), text), Importer.spokenWords(parsed));
            List<Turn> turns = new ArrayList<>();
            for (ParsedTurn t : parsed.turns()) {
                turns.add(new Turn(0, id, turns.size(), t.speaker(), t.timestampMs(), t.start(), t.end()));
            }
            m.tx.turns().insertAll(id, turns);
            byText.put(sha, id);
            addedDocuments.add(id);
            documentsAdded++;
        }
        m.changes.document(id);
        documentIds.put(s.guid(), id);
        m.values(s.values(), "source", id, "document " + s.name());
        m.noteRefs(s.noteRefs(), MemoTarget.DOCUMENT, id);
        if (s.description() != null && !s.description().isBlank()) {
            m.addMemo(MemoTarget.DOCUMENT, id, "Description", s.description().strip());
        }
        segments(s, id, text);
    }

    private void segments(Source s, long documentId, String text) {
        SelectionAnchors.Result anchors = SelectionAnchors.anchor(s.text(), text, s.selections());
        if (!s.selections().isEmpty()) {
            countings.add(s.name() + ": " + anchors.counting());
        }
        for (Selection sel : s.selections()) {
            SelectionAnchors.Anchor a = anchors.anchors().get(sel.guid());
            if (!a.placed()) {
                if (!sel.codings().isEmpty()) {
                    m.leftOut.add(new RefiReport.LeftOut("selection", sel.guid() + " in " + s.name(),
                            a.unplacedReason() + "; its " + sel.codings().size() + " coding(s) were not placed", true));
                } else if (sel.description() != null || !sel.noteRefs().isEmpty()) {
                    m.leftOut.add(new RefiReport.LeftOut("selection", sel.guid() + " in " + s.name(),
                            a.unplacedReason() + "; its note was not placed", false));
                }
                continue;
            }
            places.put(sel.guid(), new int[] {a.start(), a.end()});
            selectionDocuments.put(sel.guid(), documentId);
            String memo = RefiMapping.blank(sel.description());
            for (Coding c : sel.codings()) {
                long segment = segment(documentId, c, m.userName(c.creatingUser(), sel.creatingUser()), a.start(),
                        a.end(), text, memo);
                firstSegments.putIfAbsent(sel.guid(), segment);
                m.noteRefs(c.noteRefs(), MemoTarget.SEGMENT, segment);
            }
            Long first = firstSegments.get(sel.guid());
            if (first != null) {
                m.noteRefs(sel.noteRefs(), MemoTarget.SEGMENT, first);
            } else {
                m.noteRefs(sel.noteRefs(), MemoTarget.DOCUMENT, documentId);
                if (memo != null) {
                    m.addMemo(MemoTarget.DOCUMENT, documentId, "Note on \"" + RefiMapping.shorten(
                            text.substring(a.start(), a.end())) + "\"", memo);
                }
            }
        }
        for (Coding c : s.wholeSourceCodings()) {
            segment(documentId, c, m.userName(c.creatingUser()), 0, text.length(), text, null);
        }
    }

    private long segment(long documentId, Coding c, String user, int start, int end, String text, String memo) {
        long code = m.codeIds.get(c.codeGuid());
        long coder = m.coder(user);
        var same = m.tx.segments().findSame(documentId, code, coder, start, end);
        if (same.isPresent()) {
            segmentsPresent++;
            return same.get().id();
        }
        segmentsAdded++;
        return m.tx.segments().insert(documentId, code, coder, start, end, text.substring(start, end), memo,
                Instant.now());
    }

    private void leaveOut(Source s, String reason) {
        m.leftOut.add(new RefiReport.LeftOut(s.fromPdf() ? "PDF text" : "source", s.guid() + " (" + s.name() + ")",
                reason, false));
        for (Selection sel : s.selections()) {
            if (!sel.codings().isEmpty()) {
                m.leftOut.add(new RefiReport.LeftOut("selection", sel.guid() + " in " + s.name(),
                        "its source did not come in; its " + sel.codings().size() + " coding(s) were not placed",
                        true));
            }
        }
        if (!s.wholeSourceCodings().isEmpty()) {
            m.leftOut.add(new RefiReport.LeftOut("codings of the whole source", s.guid(),
                    s.wholeSourceCodings().size() + " not placed: the source did not come in", true));
        }
    }

    /** Maps the speakers of the turns a case's selections cover to its participant, where not mapped yet. */
    private void mapSpeakers(Case c) {
        Long participant = m.participantIds.get(c.guid());
        for (String ref : c.selectionRefs()) {
            int[] place = places.get(ref);
            if (place == null) {
                continue;
            }
            long document = selectionDocuments.get(ref);
            Map<String, Long> mapped = new HashMap<>(m.tx.speakerMaps().ofDocument(document));
            for (Turn t : m.tx.turns().ofDocument(document)) {
                boolean covered = t.start() < place[1] && place[0] < t.end() || t.start() == t.end()
                        && t.start() >= place[0] && t.start() <= place[1];
                if (covered && !mapped.containsKey(t.speaker())) {
                    m.tx.speakerMaps().map(document, t.speaker(), participant);
                    mapped.put(t.speaker(), participant);
                }
            }
        }
    }

    /** A memo's place for a note linked to a source or selection; null when the GUID is neither. */
    Memo memoTargetOf(String guid) {
        if (documentIds.containsKey(guid)) {
            return new Memo(0, MemoTarget.DOCUMENT, documentIds.get(guid), null, null, null);
        }
        if (firstSegments.containsKey(guid)) {
            return new Memo(0, MemoTarget.SEGMENT, firstSegments.get(guid), null, null, null);
        }
        if (selectionDocuments.containsKey(guid)) {
            return new Memo(0, MemoTarget.DOCUMENT, selectionDocuments.get(guid), null, null, null);
        }
        return null;
    }

    private static String documentName(String name) {
        String n = name == null || name.isBlank() ? "source" : name.strip();
        return n.length() > 480 ? n.substring(0, 480) : n;
    }

    private String unique(String name) {
        for (int i = 2; ; i++) {
            String candidate = name + " (" + i + ")";
            if (m.tx.documents().findByName(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
