package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.DocumentDetail;
import org.verbatim.project.FacetView;
import org.verbatim.project.HitView;
import org.verbatim.project.Progress;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SearchResults;

/**
 * Full-text search in the window: a query in the command line's Lucene syntax, attribute
 * filters written as {@code city=Tomsk, gender=female}, within the open transcript or the whole
 * project; the hits as keyword-in-context rows and their counts per value of one attribute.
 *
 * <p>Searches run on the background; only the newest one's results are shown (a search asked
 * for while an older one waits or runs supersedes it), so typing never shows stale hits.
 */
public final class SearchViewModel {
    /** Hits listed at most; the summary says when there are more. */
    static final int SHOWN = 500;
    /** The attribute counted by default, when the project has it. */
    static final String DEFAULT_FACET = "city";

    private final Session session;
    private final TranscriptViewModel transcript;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final BooleanProperty transcriptOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<String> facet = new SimpleObjectProperty<>();
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final ObservableList<HitView> hits = FXCollections.observableArrayList();
    private final ObservableList<FacetView> facets = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Type words to find, e.g. china AND partner");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SearchQuery> searched = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Counts the searches asked for; a result is shown only if no newer search was asked for since. */
    private volatile long asked;

    public SearchViewModel(Session session, TranscriptViewModel transcript) {
        this.session = session;
        this.transcript = transcript;
        session.changes().addListener((o, a, b) -> {
            readAttributes();
            search();
        });
        transcript.document().addListener((o, a, b) -> {
            if (transcriptOnly.get() && !sameDocument(a, b)) {
                search();
            }
        });
        transcriptOnly.addListener((o, a, b) -> search());
        facet.addListener((o, a, b) -> search());
        // The listed hits that lie in the open transcript are marked in its text.
        hits.addListener((javafx.collections.ListChangeListener<HitView>) c -> markHits());
        transcript.document().addListener((o, a, b) -> markHits());
    }

    private void markHits() {
        DocumentDetail open = transcript.document().get();
        List<TextRange> here = open == null ? List.of() : hits.stream()
                .filter(h -> h.documentId() == open.document().id() && h.end() <= open.text().length())
                .map(h -> new TextRange(h.start(), h.end())).toList();
        if (!here.equals(transcript.marks())) {
            transcript.marks().setAll(here);
        }
    }

    private static boolean sameDocument(DocumentDetail a, DocumentDetail b) {
        return a != null && b != null && a.document().id() == b.document().id();
    }

    /** Reads the project's attribute names, the values the chart can count hits by. */
    public void readAttributes() {
        session.read("Reading attributes", p -> p.attributeNames(), names -> {
            if (!attributes.equals(names)) {
                attributes.setAll(names);
            }
            if (facet.get() == null || !names.contains(facet.get())) {
                facet.set(names.contains(DEFAULT_FACET) ? DEFAULT_FACET : names.isEmpty() ? null : names.get(0));
            }
        });
    }

    /** Runs the search as it now stands; a blank query clears the results. */
    public void search() {
        long ticket = ++asked;
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            clear("Type words to find, e.g. china AND partner", false);
            return;
        }
        Map<String, List<String>> filters;
        try {
            filters = RetrievalViewModel.parseWhere(where.get());
        } catch (IllegalArgumentException e) {
            clear(e.getMessage(), true);
            return;
        }
        DocumentDetail open = transcript.document().get();
        if (transcriptOnly.get() && open == null) {
            clear("Open a transcript to search it, or search the whole project", false);
            return;
        }
        SearchQuery q = new SearchQuery(text, filters, null, SHOWN, SearchQuery.DEFAULT_CONTEXT,
                SearchQuery.Order.DOCUMENT, facet.get() == null ? List.of() : List.of(facet.get()));
        SearchQuery scoped = transcriptOnly.get() ? q.inDocument(open.document().id()) : q;
        String where = transcriptOnly.get() ? " in " + open.document().name() : "";
        session.read("Searching", p -> ticket == asked ? p.search(scoped, Progress.NONE) : null,
                results -> {
                    if (ticket == asked && results != null) {
                        show(scoped, results, where);
                    }
                }, message -> {
                    if (ticket == asked) {
                        clear(message, true);
                    }
                });
    }

    private void show(SearchQuery q, SearchResults results, String scope) {
        // The same hits again (searched anew after a coding change) keep the rows the user selected.
        if (!hits.equals(results.hits())) {
            hits.setAll(results.hits());
        }
        facets.setAll(q.facets().isEmpty() ? List.of() : results.facets().getOrDefault(q.facets().get(0), List.of()));
        searched.set(q);
        failed.set(false);
        String more = results.total() > results.hits().size() ? " (showing the first " + results.hits().size() + ")" : "";
        summary.set(Plural.of(results.total(), "hit") + " in " + Plural.of(results.turns(), "turn") + scope + more);
    }

    private void clear(String message, boolean error) {
        hits.clear();
        facets.clear();
        searched.set(null);
        failed.set(error);
        summary.set(message);
    }

    /**
     * Writes every hit of the listed search (not only those shown) to {@code file} as CSV, with a
     * byte-order mark so that spreadsheets read accented and Cyrillic letters right.
     */
    public void exportCsv(Path file) {
        SearchQuery q = searched.get();
        if (q == null) {
            message.set("Search first, then export the hits");
            return;
        }
        session.longRead("Exporting hits", (p, progress) -> p.exportHits(file, q, true),
                n -> message.set("Exported " + Plural.of(n, "hit") + " to " + file)).onFailure(message::set).start();
    }

    /** What the last export did, or why it failed. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The query, in the Lucene syntax of {@code verbatim search}. */
    public StringProperty query() {
        return query;
    }

    /** Attribute filters: {@code city=Tomsk, city=Petrozavodsk; gender=female}. */
    public StringProperty where() {
        return where;
    }

    /** Whether only the open transcript is searched (else the whole project). */
    public BooleanProperty transcriptOnly() {
        return transcriptOnly;
    }

    /** The attribute whose values the hits are counted by; null when the project has none. */
    public ObjectProperty<String> facet() {
        return facet;
    }

    /** The project's attributes, alphabetically. */
    public ObservableList<String> attributes() {
        return attributes;
    }

    /** The listed hits (at most {@value #SHOWN}), as the corpus orders them. */
    public ObservableList<HitView> hits() {
        return hits;
    }

    /** Hits and turns per value of {@link #facet()}. */
    public ObservableList<FacetView> facets() {
        return facets;
    }

    /** "N hits in M turns", or what is wrong with the query. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the summary is an error (a malformed query or filter). */
    public ReadOnlyBooleanProperty failed() {
        return failed.getReadOnlyProperty();
    }

    /** The search whose hits are listed (hit numbers refer to it), or null. */
    public ReadOnlyObjectProperty<SearchQuery> searched() {
        return searched.getReadOnlyProperty();
    }
}
