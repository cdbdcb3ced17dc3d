package org.verbatim.store;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one transaction changed that readers derive other data from (the search index): the
 * documents whose turns, speakers or codings changed, or everything. It goes with the commit
 * into the store's change feed, so every client can follow the change without a rebuild.
 */
public final class Touched {
    private final Set<Long> documents = new TreeSet<>();
    private boolean everything;

    public void documents(Collection<Long> ids) {
        documents.addAll(ids);
    }

    public void everything() {
        everything = true;
    }

    boolean isEverything() {
        return everything;
    }

    Set<Long> documentIds() {
        return documents;
    }

    /** What the feed would store, to tell whether anything was touched after a row was written. */
    String asStored() {
        return everything + ":" + documentList();
    }

    /** The document ids as the feed stores them: comma-separated. */
    String documentList() {
        StringBuilder out = new StringBuilder();
        for (long id : documents) {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(id);
        }
        return out.toString();
    }
}
