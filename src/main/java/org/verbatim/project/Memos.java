package org.verbatim.project;

import java.time.Instant;
import java.util.List;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.store.ProjectStore;

/** Memos on the project, a document, a code, a participant or a segment. */
final class Memos {
    private final ProjectStore store;
    private final SearchIndexSync index;

    Memos(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    Memo add(MemoTarget target, String ref, String title, String text) {
        return index.write((tx, changes) -> {
            Long targetId = MemoTargets.resolve(tx, target, ref);
            long id = tx.memos().insert(target, targetId, title == null || title.isBlank() ? "Memo" : title.strip(),
                    text, Instant.now());
            // As stored (title given, time as the database keeps it), so putting it back later is exact.
            return tx.memos().find(id).orElseThrow();
        });
    }

    List<Memo> all() {
        return store.read(tx -> tx.memos().all());
    }

    void delete(long id) {
        index.write((tx, changes) -> {
            if (tx.memos().delete(id) == 0) {
                throw new ProjectException("There is no memo " + id);
            }
            return null;
        });
    }
}
