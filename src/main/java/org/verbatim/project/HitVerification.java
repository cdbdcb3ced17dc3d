package org.verbatim.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.verbatim.model.Document;
import org.verbatim.model.Turn;
import org.verbatim.search.SearchHit;
import org.verbatim.store.Tx;

/**
 * Checks search hits against the database before anything is coded from them: the index is
 * derived data, and a damaged or stale one can name wrong offsets. A hit holds when its
 * document exists, its matched words are the document's text at its offsets, and its turn is
 * the stored turn of that number.
 */
final class HitVerification {
    private HitVerification() {
    }

    /** What is wrong with the first hit that does not hold, if one does not. */
    static Optional<String> mismatch(Tx tx, List<SearchHit> hits) {
        Map<Long, Optional<Document>> documents = new HashMap<>();
        Map<Long, List<Turn>> turns = new HashMap<>();
        for (SearchHit h : hits) {
            Optional<Document> found = documents.computeIfAbsent(h.documentId(), id -> tx.documents().find(id));
            if (found.isEmpty()) {
                return Optional.of("hit " + h.number() + " names document " + h.documentId() + ", which is not in the project");
            }
            String text = found.get().text();
            if (!(0 <= h.turnStart() && h.turnStart() <= h.start() && h.start() <= h.end() && h.end() <= h.turnEnd()
                    && h.turnEnd() <= text.length())) {
                return Optional.of("hit " + h.number() + " in " + h.document() + " has offsets outside its text");
            }
            if (!text.substring(h.start(), h.end()).equals(h.matched())) {
                return Optional.of("hit " + h.number() + " in " + h.document() + ": the words at [" + h.start() + ","
                        + h.end() + ") are not the words the index matched");
            }
            List<Turn> stored = turns.computeIfAbsent(h.documentId(), id -> tx.turns().ofDocument(id));
            // A document without speaker turns is indexed by paragraphs, which the database does not keep.
            if (!stored.isEmpty() && (h.turn() < 0 || h.turn() >= stored.size()
                    || stored.get(h.turn()).start() != h.turnStart() || stored.get(h.turn()).end() != h.turnEnd())) {
                return Optional.of("hit " + h.number() + " in " + h.document() + " does not lie on turn " + h.turn()
                        + " as the database has it");
            }
        }
        return Optional.empty();
    }

    /** Refuses, changing nothing, when a hit does not hold. */
    static void require(Tx tx, List<SearchHit> hits) {
        mismatch(tx, hits).ifPresent(m -> {
            throw new ProjectException("Nothing was coded: the search index does not match the database (" + m
                    + "); run the search again after: verbatim reindex");
        });
    }
}
