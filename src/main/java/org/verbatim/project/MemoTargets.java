package org.verbatim.project;

import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.store.Tx;

/** Resolves what a memo is about, as users name it, to the id it is stored under. */
final class MemoTargets {
    private MemoTargets() {
    }

    /** The project (no ref, null id), a document (id or name), code (path), participant (id) or segment (id). */
    static Long resolve(Tx tx, MemoTarget target, String ref) {
        return switch (target) {
            case PROJECT -> null;
            case DOCUMENT -> DocumentRefs.resolve(tx, ref).id();
            case CODE -> Codebook.tree(tx).require(ref).id();
            case PARTICIPANT -> tx.participants().findByKey(ref).orElseThrow(() -> new ProjectException(
                    "There is no participant with id '" + ref + "'")).id();
            case SEGMENT -> tx.segments().find(parseId(ref)).orElseThrow(() -> new ProjectException(
                    "There is no segment " + ref)).id();
        };
    }

    private static long parseId(String ref) {
        try {
            return Long.parseLong(ref.strip());
        } catch (NumberFormatException e) {
            throw new ProjectException("'" + ref + "' is not a segment id");
        }
    }
}
