package org.verbatim.project;

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
        var byName = tx.documents().findByName(r);
        if (byName.isPresent()) {
            return byName.get();
        }
        for (Document d : tx.documents().listWithoutText()) {
            String name = d.name();
            int dot = name.lastIndexOf('.');
            if (dot > 0 && name.substring(0, dot).equals(r)) {
                return tx.documents().find(d.id()).orElseThrow();
            }
        }
        throw new ProjectException("There is no document '" + ref + "' in the project (see: verbatim docs)");
    }
}
