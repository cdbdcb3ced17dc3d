package org.verbatim.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * The cross-tab view: codes of a chosen subtree by the values of a chosen attribute, counting
 * participants, segments or documents, optionally with a test of independence, and the
 * segments behind a chosen cell. It computes while it is {@link #showing()}, and again after
 * every change to the project.
 */
final class CrossTabViewModel {
    /** How the cells read: counts, or shares of the row's or the column's total. */
    enum Display {
        COUNTS("Counts"), ROW_PERCENT("Row %"), COLUMN_PERCENT("Column %");

        private final String label;

        Display(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A computed table with the request that made it, so a cell's segments are asked for alike. */
    record Shown(CrossTabRequest request, CrossTab table) { }

    /** A chosen cell: its row's code path and its column's value. */
    record Cell(String code, String column) { }

    private final Session session;
    private final ComparisonChoices choices = new ComparisonChoices();
    private final ObjectProperty<Display> display = new SimpleObjectProperty<>(Display.COUNTS);
    private final BooleanProperty test = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Cell> cell = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SegmentView> segments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cellSummary = new ReadOnlyStringWrapper("Click a cell to list its segments");
    private final WhileShowing refresh;

    CrossTabViewModel(Session session) {
        this.session = session;
        this.refresh = new WhileShowing(session, this::compute, choices.inputs(test));
    }

    /** Reads the codebook and attributes, then computes the table (on the background). */
    private void compute() {
        String chosenRoot = choices.root().get();
        String by = choices.attribute().get();
        Unit counting = choices.unit().get();
        boolean testing = test.get();
        Optional<SegmentFilter> read = choices.filter(message::set);
        if (read.isEmpty()) {
            return;
        }
        SegmentFilter filter = read.get();
        session.read("Cross-tab by " + by, p -> {
            var nodes = p.codes();
            // A test needs rows that do not contain one another: the chosen code's sub-codes, each rolled up.
            List<String> rows = testing ? AnalysisRows.children(nodes, chosenRoot) : AnalysisRows.subtree(nodes, chosenRoot);
            CrossTabRequest request = new CrossTabRequest(filter, rows, true, by, List.of(), List.of(),
                    counting, testing);
            return new Computed(ComparisonChoices.Offered.by(p, nodes), new Shown(request, p.crosstab(request)));
        }, c -> {
            choices.offer(c.offered());
            shown.set(c.shown());
            message.set(describe(c.shown().table(), testing) + "; " + ComparisonChoices.describe(filter)
                    + (filter.coder() == null ? "; coding: " + c.shown().table().coding() : ""));
            refreshCell();
        }, failure -> {
            shown.set(null);
            message.set(failure);
        });
    }

    private record Computed(ComparisonChoices.Offered offered, Shown shown) { }

    private static String describe(CrossTab t, boolean testing) {
        return Plural.of(t.rows().size(), "code") + " by " + t.attribute() + " (" + t.columnsAre() + "), counting "
                + t.unit().label() + (testing ? "; rows are the chosen code's sub-codes, each with its own" : "");
    }

    /** Lists the segments behind a cell of the shown table. */
    void choose(String code, String column) {
        cell.set(new Cell(code, column));
        refreshCell();
    }

    private void refreshCell() {
        Cell c = cell.get();
        Shown s = shown.get();
        if (c == null || s == null || !s.table().columns().contains(c.column())
                || s.table().rows().stream().noneMatch(r -> r.code().equals(c.code()))) {
            segments.clear();
            cellSummary.set("Click a cell to list its segments");
            return;
        }
        session.read("Segments of " + c.code() + " in " + c.column(), p -> p.crosstabSegments(s.request(), c.code(),
                c.column()), list -> {
            segments.setAll(list);
            long documents = list.stream().mapToLong(SegmentView::documentId).distinct().count();
            cellSummary.set(c.code() + " · " + c.column() + ": " + Plural.of(list.size(), "segment") + " in "
                    + Plural.of(documents, "document"));
        }, failure -> {
            segments.clear();
            cellSummary.set(failure);
        });
    }

    /** The code, attribute and unit the table is of. */
    ComparisonChoices choices() {
        return choices;
    }

    ObjectProperty<Display> display() {
        return display;
    }

    BooleanProperty test() {
        return test;
    }

    /** Whether the view is on screen; set by its tab. */
    BooleanProperty showing() {
        return refresh.showing();
    }

    ReadOnlyObjectProperty<Shown> shown() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Cell> cell() {
        return cell.getReadOnlyProperty();
    }

    ObservableList<SegmentView> segments() {
        return segments;
    }

    ReadOnlyStringProperty cellSummary() {
        return cellSummary.getReadOnlyProperty();
    }
}
