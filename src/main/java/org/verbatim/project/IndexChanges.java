package org.verbatim.project;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.verbatim.model.Code;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.store.Tx;

/**
 * What a use case changed that the search index holds: the documents whose turns must be
 * indexed again (a removed document is dropped from the index), or everything.
 */
final class IndexChanges {
    private final Set<Long> documents = new LinkedHashSet<>();
    private boolean everything;

    void document(long id) {
        documents.add(id);
    }

    /** A change that can reach any turn, such as participants' attributes. */
    void everything() {
        everything = true;
    }

    /** The documents with segments of the code at {@code path} or its sub-codes; nothing if there is no such code. */
    void documentsCodedWith(Tx tx, String path) {
        CodeTree tree = Codebook.tree(tx);
        for (Code c : tree.find(path).map(code -> tree.subtree(code.id())).orElse(java.util.List.of())) {
            for (Segment s : tx.segments().ofCode(c.id())) {
                documents.add(s.documentId());
            }
        }
    }

    /** The documents with these names; names of documents the project does not have are passed over. */
    void documentsNamed(Tx tx, Collection<String> names) {
        Set<String> wanted = new HashSet<>(names);
        for (Document d : tx.documents().listWithoutText()) {
            if (wanted.contains(d.name())) {
                documents.add(d.id());
            }
        }
    }

    boolean isEverything() {
        return everything;
    }

    Set<Long> documents() {
        return documents;
    }
}
