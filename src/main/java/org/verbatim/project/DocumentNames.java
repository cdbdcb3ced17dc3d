package org.verbatim.project;

import org.verbatim.model.Document;

/** Renaming a document: the name the document list, exports, reports and speaker sheets know it by. */
public final class DocumentNames {
    private static final int LONGEST = 500;
    private final SearchIndexSync index;

    DocumentNames(SearchIndexSync index) {
        this.index = index;
    }

    /**
     * Gives the document {@code ref} (id or name) the name {@code newName}; refused, changing
     * nothing, when the name is empty, too long, all digits (it would read as an id) or taken by
     * another document. Returns the name it had.
     */
    public String rename(String ref, String newName) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new ProjectException("A document needs a name");
        }
        if (name.length() > LONGEST) {
            throw new ProjectException("A document's name has at most " + LONGEST + " characters");
        }
        if (name.matches("\\d+")) {
            throw new ProjectException("A document's name cannot be digits only ('" + name
                    + "' would be read as a document id)");
        }
        return index.write((tx, changes) -> {
            Document d = DocumentRefs.resolve(tx, ref);
            var other = tx.documents().findByName(name);
            if (other.isPresent() && other.get().id() != d.id()) {
                throw new ProjectException("There is already a document named '" + name + "'");
            }
            tx.documents().rename(d.id(), name);
            changes.document(d.id());
            return d.name();
        });
    }
}
