package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.DocumentSummary;

/**
 * The project's documents as the left pane lists them: filtered by a text (name or any
 * attribute value), grouped by one attribute (or not at all), each group with its totals.
 */
public final class DocumentListViewModel {
    /** Grouping choice meaning "one flat list". */
    public static final String NO_GROUPING = "(no grouping)";
    /** Group of the documents that have no value for the grouping attribute. */
    public static final String NO_VALUE = "(none)";

    /** Documents sharing one value of the grouping attribute, with their totals. */
    public record Group(String name, List<DocumentSummary> documents) {
        public int turns() {
            return documents.stream().mapToInt(DocumentSummary::turns).sum();
        }

        public int words() {
            return documents.stream().mapToInt(DocumentSummary::words).sum();
        }

        public int segments() {
            return documents.stream().mapToInt(DocumentSummary::segments).sum();
        }
    }

    private final Session session;
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty groupBy = new SimpleStringProperty(NO_GROUPING);
    private final ObservableList<String> groupings = FXCollections.observableArrayList(NO_GROUPING);
    private final ReadOnlyObjectWrapper<List<Group>> groups = new ReadOnlyObjectWrapper<>(List.of());

    public DocumentListViewModel(Session session) {
        this.session = session;
        filter.addListener((o, a, b) -> regroup());
        groupBy.addListener((o, a, b) -> regroup());
        session.changes().addListener((o, a, b) -> reload());
    }

    /** Reads the documents again (after an import, or when coding changed their counts). */
    public void reload() {
        session.read("Reading documents", p -> p.documents(), list -> {
            documents.setAll(list);
            TreeSet<String> names = new TreeSet<>();
            list.forEach(d -> names.addAll(d.attributes().keySet()));
            List<String> choices = new ArrayList<>(List.of(NO_GROUPING));
            choices.addAll(names);
            if (!groupings.equals(choices)) {
                String chosen = groupBy.get();
                groupings.setAll(choices);
                groupBy.set(choices.contains(chosen) ? chosen : NO_GROUPING);
            }
            regroup();
        });
    }

    private void regroup() {
        String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        String by = groupBy.get();
        Map<String, List<DocumentSummary>> grouped = new TreeMap<>();
        for (DocumentSummary d : documents) {
            if (!f.isEmpty() && !matches(d, f)) {
                continue;
            }
            String key = NO_GROUPING.equals(by) ? NO_GROUPING : d.attributes().getOrDefault(by, NO_VALUE);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        groups.set(grouped.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private static boolean matches(DocumentSummary d, String f) {
        return d.name().toLowerCase(Locale.ROOT).contains(f)
                || d.attributes().values().stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(f));
    }

    public ObservableList<DocumentSummary> documents() {
        return documents;
    }

    public StringProperty filter() {
        return filter;
    }

    public StringProperty groupBy() {
        return groupBy;
    }

    /** "(no grouping)" and every document attribute. */
    public ObservableList<String> groupings() {
        return groupings;
    }

    public ReadOnlyObjectProperty<List<Group>> groups() {
        return groups.getReadOnlyProperty();
    }

    /** Sets a document attribute (from the document's attribute editor), as an edit of the undo history. */
    public void setAttribute(DocumentSummary document, String attribute, String value) {
        session.history().perform(ValueEdit.documentAttribute(document.id(), document.name(), attribute,
                document.attributes().get(attribute), value));
    }

    /** Renames a document, as an edit of the undo history; an empty, all-digit or taken name is refused. */
    public void rename(DocumentSummary document, String name) {
        String after = name == null ? "" : name.strip();
        String ref = String.valueOf(document.id());
        session.history().perform(new ValueEdit("Rename " + document.name() + " to " + after,
                p -> p.documentNames().rename(ref, after), p -> p.documentNames().rename(ref, document.name())));
    }

    /**
     * Removes a document with its turns, segments and memos. This cannot be undone: once done,
     * the undo history is emptied, so Ctrl+Z never reaches past it to an older edit.
     */
    public void remove(DocumentSummary document) {
        String ref = String.valueOf(document.id());
        int[] segments = new int[1];
        session.history().performFinal("Remove " + document.name(), p -> segments[0] = p.removeDocument(ref),
                () -> "Removed " + document.name() + " with " + org.verbatim.ui.Plural.of(segments[0], "segment")
                        + " (this cannot be undone)");
    }
}
