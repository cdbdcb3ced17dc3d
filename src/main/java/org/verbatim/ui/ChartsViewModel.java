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
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.SegmentFilter;

/**
 * The charts of a chosen code's sub-codes: by the values of an attribute (grouped bars), with
 * one another (a co-occurrence matrix), and how often each was used (frequencies). Computed
 * while {@link #showing()}, and again after every change to the project.
 */
final class ChartsViewModel {
    /** What the charts show, computed together from one snapshot of the project. */
    record Figures(CrossTab byAttribute, CoOccurrenceMatrix cooccurrence, List<CodeFrequency> frequencies) { }

    private final Session session;
    private final ComparisonChoices choices = new ComparisonChoices();
    private final BooleanProperty percent = new SimpleBooleanProperty(false);
    private final ObjectProperty<CoOccurrenceScope> scope = new SimpleObjectProperty<>(CoOccurrenceScope.OVERLAP);
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final WhileShowing refresh;

    ChartsViewModel(Session session) {
        this.session = session;
        this.refresh = new WhileShowing(session, this::compute, choices.inputs(scope));
    }

    private void compute() {
        String chosenRoot = choices.root().get();
        String by = choices.attribute().get();
        Unit counting = choices.unit().get();
        CoOccurrenceScope within = scope.get();
        Optional<SegmentFilter> read = choices.filter(message::set);
        if (read.isEmpty()) {
            return;
        }
        SegmentFilter filter = read.get();
        session.read("Charts of " + chosenRoot, p -> {
            var nodes = p.codes();
            // Bars and matrix cells side by side must not contain one another: the sub-codes, each rolled up.
            List<String> rows = AnalysisRows.children(nodes, chosenRoot);
            CrossTab byAttribute = p.crosstab(new CrossTabRequest(filter, rows, true, by, List.of(),
                    List.of(), counting, false));
            return new Computed(ComparisonChoices.Offered.by(p, nodes), new Figures(byAttribute, p.cooccurrence(filter,
                    rows, true, within), p.frequencies(filter, rows, true)));
        }, c -> {
            choices.offer(c.offered());
            figures.set(c.figures());
            message.set(Plural.of(c.figures().frequencies().size(), "code") + " by " + by + ", counting "
                    + counting.label() + "; " + ComparisonChoices.describe(filter)
                    + (filter.coder() == null ? "; coding: " + c.figures().byAttribute().coding() : ""));
        }, failure -> {
            figures.set(null);
            message.set(failure);
        });
    }

    private record Computed(ComparisonChoices.Offered offered, Figures figures) { }

    /**
     * A bar's height: the count, or with {@link #percent()} and participants counted, the share of
     * the column's participants (null when the column has none).
     */
    Double value(CrossTab t, int row, int column) {
        long count = t.rows().get(row).counts()[column];
        if (!percent.get() || t.unit() != Unit.PARTICIPANTS) {
            return (double) count;
        }
        long people = t.participants()[column];
        return people == 0 ? null : 100.0 * count / people;
    }

    /** The code, attribute and unit the charts are of. */
    ComparisonChoices choices() {
        return choices;
    }

    /** Bars as a share of each group's participants (counting participants only). */
    BooleanProperty percent() {
        return percent;
    }

    ObjectProperty<CoOccurrenceScope> scope() {
        return scope;
    }

    BooleanProperty showing() {
        return refresh.showing();
    }

    ReadOnlyObjectProperty<Figures> figures() {
        return figures.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
