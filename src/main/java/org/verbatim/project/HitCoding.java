package org.verbatim.project;

import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.search.SearchHit;
import org.verbatim.store.Tx;

/**
 * Codes search hits with one code, inside the caller's transaction: each hit becomes a
 * passage (the matched words, their sentence, or their turn), passages repeated by several
 * hits are coded once, and a passage the coder has already coded with that code — exactly or
 * inside a larger segment — is left alone, so running the same search twice codes nothing new.
 */
final class HitCoding {
    private HitCoding() {
    }

    static HitCodingReport code(Tx tx, IndexChanges changes, List<SearchHit> hits, String codePath, HitUnit unit,
                                String coderName) {
        Codebook.Ensured ensured = Codebook.ensure(tx, codePath);
        long codeId = ensured.code().id();
        Coder coder = tx.coders().named(coderName);
        Map<Long, Document> documents = new HashMap<>();
        Map<Long, List<Segment>> coded = new HashMap<>();
        Set<List<Long>> passages = new LinkedHashSet<>();
        for (SearchHit h : hits) {
            Document d = documents.computeIfAbsent(h.documentId(), id -> tx.documents().find(id).orElseThrow(
                    () -> new ProjectException("The document " + h.document() + " was removed while its hits were coded")));
            int[] range = passage(d, h, unit);
            passages.add(List.of(d.id(), (long) range[0], (long) range[1]));
        }
        List<Long> created = new ArrayList<>();
        int already = 0;
        Instant now = Instant.now();
        for (List<Long> p : passages) {
            long documentId = p.get(0);
            int start = p.get(1).intValue();
            int end = p.get(2).intValue();
            List<Segment> existing = coded.computeIfAbsent(documentId, id -> new ArrayList<>(tx.segments().ofDocument(id)));
            boolean covered = existing.stream().anyMatch(s -> s.codeId() == codeId && s.coderId() == coder.id()
                    && s.start() <= start && end <= s.end());
            if (covered) {
                already++;
                continue;
            }
            String text = documents.get(documentId).text().substring(start, end);
            long id = tx.segments().insert(documentId, codeId, coder.id(), start, end, text, null, now);
            existing.add(new Segment(id, documentId, codeId, coder.id(), start, end, text, null, now));
            changes.document(documentId);
            created.add(id);
        }
        return new HitCodingReport(Codebook.tree(tx).path(codeId), coder.name(), hits.size(), created.size(), already,
                ensured.created(), created);
    }

    /** {@code [start, end)} in the document of what a hit's segment covers. */
    private static int[] passage(Document d, SearchHit h, HitUnit unit) {
        return switch (unit) {
            case MATCH -> new int[] {h.start(), h.end()};
            case TURN -> new int[] {h.turnStart(), h.turnEnd()};
            case SENTENCE -> sentence(d, h);
        };
    }

    /** The sentences of the hit's turn that the matched words touch, without trailing space. */
    private static int[] sentence(Document d, SearchHit h) {
        String turn = d.text().substring(h.turnStart(), h.turnEnd());
        BreakIterator sentences = BreakIterator.getSentenceInstance("ru".equals(d.language())
                ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
        sentences.setText(turn);
        int from = h.start() - h.turnStart();
        int to = h.end() - h.turnStart();
        int start = sentences.isBoundary(from) ? from : sentences.preceding(from);
        int end = to >= turn.length() ? turn.length() : sentences.following(Math.max(from, to - 1));
        while (end > start && Character.isWhitespace(turn.charAt(end - 1))) {
            end--;
        }
        return new int[] {h.turnStart() + Math.max(0, start), h.turnStart() + end};
    }
}
