package org.verbatim.project;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * Reads the whole database through (every row, every page), then proves that turns lie inside
 * their documents and segments still cover the text they were made on.
 */
final class IntegrityCheck {
    private IntegrityCheck() {
    }

    /** The full check; when pages cannot be read, the text checks run only if they still can. */
    static CheckReport withPages(ProjectStore store) {
        List<String> damage = store.damage();
        if (damage.isEmpty()) {
            return store.read(IntegrityCheck::run);
        }
        try {
            CheckReport text = store.read(IntegrityCheck::run);
            return new CheckReport(text.documents(), text.turns(), text.segments(), text.problems(), damage);
        } catch (RuntimeException e) {
            return new CheckReport(0, 0, 0, List.of(), damage);
        }
    }

    static CheckReport run(Tx tx) {
        List<String> problems = new ArrayList<>();
        int turns = 0;
        int segments = 0;
        List<Document> docs = tx.documents().listWithoutText();
        for (Document summary : docs) {
            Document d = tx.documents().find(summary.id()).orElseThrow();
            for (Turn t : tx.turns().ofDocument(d.id())) {
                turns++;
                if (t.end() > d.text().length()) {
                    problems.add(d.name() + ": turn " + t.index() + " ends at " + t.end() + ", past the text ("
                            + d.text().length() + ")");
                }
            }
            for (Segment s : tx.segments().ofDocument(d.id())) {
                segments++;
                if (s.end() > d.text().length() || !d.text().substring(s.start(), s.end()).equals(s.text())) {
                    problems.add(d.name() + ": segment " + s.id() + " [" + s.start() + "," + s.end()
                            + ") no longer covers the text it was made on");
                }
            }
        }
        return new CheckReport(docs.size(), turns, segments, problems);
    }
}
