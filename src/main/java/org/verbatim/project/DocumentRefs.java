package org.verbatim.project;

import java.util.Optional;
import org.verbatim.model.Document;
import org.verbatim.store.Tx;

/** Resolves what users type for a document: its id, its name, or its name without extension. */
final class DocumentRefs {
    private DocumentRefs() {
    }

    static Document resolve(Tx tx, String ref) {
        String r = ref.strip();
        if (r.matches("\\d{1,18}")) {
            var byId = tx.documents().find(Long.parseLong(r));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        return byName(tx, r).orElseThrow(() -> new ProjectException(
                "There is no document '" + ref + "' in the project (see: verbatim docs)"));
    }

    /** The document with this name, or with this name once its extension is left off. */
    static Optional<Document> byName(Tx tx, String name) {
        var exact = tx.documents().findByName(name);
        if (exact.isPresent()) {
            return exact;
        }
        for (Document d : tx.documents().listWithoutText()) {
            int dot = d.name().lastIndexOf('.');
            if (dot > 0 && d.name().substring(0, dot).equals(name)) {
                return tx.documents().find(d.id());
            }
        }
        return Optional.empty();
    }
}
