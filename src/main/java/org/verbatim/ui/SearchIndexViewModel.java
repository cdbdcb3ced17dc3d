package org.verbatim.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * File → Rebuild search index: the index is derived data, rebuilt from the project database in
 * the background with progress and Cancel. A cancelled rebuild loses nothing: the index is
 * rebuilt the next time a search needs it.
 */
public final class SearchIndexViewModel {
    private final Session session;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SearchIndexViewModel(Session session) {
        this.session = session;
    }

    /** Starts the rebuild; progress and Cancel are in the status bar, the outcome in {@link #message()}. */
    public void rebuild() {
        session.longRead("Rebuilding the search index", (p, progress) -> p.reindex(progress), r -> message.set(
                "Search index rebuilt: " + Plural.of(r.documents(), "document") + ", " + Plural.of(r.turns(), "turn")
                        + ", " + String.format(Locale.ROOT, "%.1f MB", r.bytes() / 1e6)))
                .onFailure(message::set).start();
    }

    /** How the last rebuild ended. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
