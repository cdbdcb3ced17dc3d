package org.verbatim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Retrieval: every segment of one code (with its sub-codes) across all documents, narrowed by
 * attribute filters written as {@code city=Tomsk, gender=female} — the same rules as the
 * command line's {@code --where}: values of one attribute are alternatives, different
 * attributes must all match.
 */
public final class RetrievalViewModel {
    private final Session session;
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty where = new SimpleStringProperty("");
    private final ObservableList<SegmentView> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Choose a code to retrieve its segments");
    private final ReadOnlyObjectWrapper<Retrieved> retrieved = new ReadOnlyObjectWrapper<>();
    /** The listed segments' turn times, by segment id (documents with timings only). */
    private Map<Long, String> times = Map.of();

    /** The retrieval whose segments are listed: its filter, and how to name it ("China where city=Tomsk"). */
    public record Retrieved(SegmentFilter filter, String description) { }

    public RetrievalViewModel(Session session) {
        this.session = session;
        session.changes().addListener((o, a, b) -> refresh());
    }

    /** Runs the listed retrieval again after a change, so removed or recoded segments leave the list. */
    private void refresh() {
        Retrieved last = retrieved.get();
        if (last != null) {
            run(last.filter(), last.description());
        }
    }

    /** Keeps the retrieved code when it (or a code above it) is renamed or moved, and lists its segments again. */
    void codeRenamed(String before, String after) {
        String now = CodebookViewModel.followed(code.get(), before, after);
        if (now != null) {
            code.set(now);
            if (retrieved.get() != null || results.isEmpty()) {
                retrieve();
            }
        }
    }

    /** Runs the retrieval for the chosen code and filters. */
    public void retrieve() {
        String path = code.get() == null ? "" : code.get().strip();
        if (path.isEmpty()) {
            summary.set("Choose a code to retrieve its segments");
            return;
        }
        Map<String, List<String>> filters;
        try {
            filters = parseWhere(where.get());
        } catch (IllegalArgumentException e) {
            summary.set(e.getMessage());
            return;
        }
        SegmentFilter filter = new SegmentFilter(path, filters, null, List.of());
        run(filter, path + (filters.isEmpty() ? "" : " where " + where.get().strip()));
    }

    private void run(SegmentFilter filter, String description) {
        session.read("Retrieving " + filter.code(), p -> {
            List<SegmentView> found = p.segments(filter);
            return Map.entry(found, SegmentTimes.of(p, found));
        }, listed -> {
            List<SegmentView> list = listed.getKey();
            times = listed.getValue();
            results.setAll(list);
            retrieved.set(new Retrieved(filter, description));
            long documents = list.stream().mapToLong(SegmentView::documentId).distinct().count();
            summary.set(Plural.of(list.size(), "segment") + " in " + Plural.of(documents, "document"));
        }, message -> {
            // The code may have been renamed, merged or deleted since: list nothing rather than what was.
            results.clear();
            retrieved.set(null);
            summary.set(message);
        });
    }

    /** {@code city=Tomsk, city=Petrozavodsk; gender=female} → city: [Tomsk, Petrozavodsk], gender: [female]. */
    static Map<String, List<String>> parseWhere(String text) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("Filter '" + part.strip() + "' is not of the form attribute=value");
            }
            out.computeIfAbsent(part.substring(0, eq).strip(), k -> new ArrayList<>()).add(part.substring(eq + 1).strip());
        }
        return out;
    }

    public StringProperty code() {
        return code;
    }

    public StringProperty where() {
        return where;
    }

    /** When a listed segment was said ("00:05:45"), or null where its document has no timings. */
    public String timeOf(SegmentView segment) {
        return times.get(segment.id());
    }

    public ObservableList<SegmentView> results() {
        return results;
    }

    /** The retrieval listed in {@link #results()}, or null before the first one. */
    public ReadOnlyObjectProperty<Retrieved> retrieved() {
        return retrieved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }
}
