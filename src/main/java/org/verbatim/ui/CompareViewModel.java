package org.verbatim.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.verbatim.project.ComparedPassage;
import org.verbatim.project.ComparisonRequest;
import org.verbatim.project.GroupComparison;
import org.verbatim.project.PassageOrder;
import org.verbatim.project.SegmentFilter;

/**
 * The Compare view: one code, one column per value of an attribute with how many of that group
 * raised it and the group's passages, in the chosen order; passages can be marked as quotes for
 * the report. A project without attributes shows everyone in one column and says why. It
 * computes while it is {@link #showing()}, and again after every change to the project.
 */
final class CompareViewModel {
    private final Session session;
    private final ComparisonChoices choices = new ComparisonChoices();
    private final ObjectProperty<PassageOrder> order = new SimpleObjectProperty<>(PassageOrder.TYPICALITY);
    private final ReadOnlyObjectWrapper<GroupComparison> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final WhileShowing refresh;

    CompareViewModel(Session session) {
        this.session = session;
        this.refresh = new WhileShowing(session, this::compute, choices.inputs(order));
    }

    /** The session this works on: its panes disable what changes the project while a team server is away. */
    Session session() {
        return session;
    }

    private void compute() {
        String code = choices.root().get();
        String attribute = choices.attribute().get();
        PassageOrder ordered = order.get();
        Optional<SegmentFilter> read = choices.filter(message::set);
        if (read.isEmpty()) {
            return;
        }
        SegmentFilter filter = read.get();
        session.read("Comparing groups", p -> {
            var nodes = p.codes();
            ComparisonChoices.Offered offered = ComparisonChoices.Offered.by(p, nodes);
            if (code == null || code.equals(AnalysisRows.ALL_CODES)) {
                return new Computed(offered, null);
            }
            // An attribute the project does not have (city, in a project without attributes) compares everyone together.
            String by = offered.attributes().contains(attribute) ? attribute : null;
            return new Computed(offered, p.comparisons().compare(new ComparisonRequest(List.of(code), by, List.of(),
                    filter, ordered, ComparisonRequest.DEFAULT_CONTEXT)));
        }, c -> {
            choices.offer(c.offered());
            shown.set(c.comparison());
            message.set(c.comparison() == null ? "Choose a code to compare the groups' passages"
                    : describe(c.comparison()) + "; " + ComparisonChoices.describe(filter));
        }, failure -> {
            shown.set(null);
            message.set(failure);
        });
    }

    private record Computed(ComparisonChoices.Offered offered, GroupComparison comparison) { }

    private static String describe(GroupComparison c) {
        long passages = c.codes().get(0).passageCount();
        String columns = c.columnsAre().equals("everyone") ? "everyone in one column"
                : Plural.of(c.groups().size(), "value") + " of " + c.attribute() + " (" + c.columnsAre() + ")";
        return Plural.of(passages, "passage") + ", " + columns + ", counting " + c.unit();
    }

    /** Marks a passage as a quote for the report, or takes its mark away. */
    void toggleQuote(ComparedPassage passage) {
        long id = passage.segmentId();
        boolean marking = !passage.quote();
        session.change(marking ? "Marking a quote" : "Unmarking a quote",
                p -> marking ? p.comparisons().markQuote(id) : p.comparisons().unmarkQuote(id),
                done -> message.set((marking ? "Marked" : "Unmarked") + " as a quote for the report: segment " + id),
                message::set);
    }

    /** How many of a group raised the code, as a column's heading says it. */
    static String heading(GroupComparison.Group g, String unit) {
        var s = g.share();
        if (s.of() == 0) {
            return "0 of 0 " + unit;
        }
        return String.format(java.util.Locale.ROOT, "%d of %d %s · %.0f%% (95%%: %.0f–%.0f%%)", s.raised(), s.of(), unit,
                s.share() * 100, s.low() * 100, s.high() * 100);
    }

    ComparisonChoices choices() {
        return choices;
    }

    ObjectProperty<PassageOrder> order() {
        return order;
    }

    /** Whether the view is on screen; set by its tab. */
    BooleanProperty showing() {
        return refresh.showing();
    }

    ReadOnlyObjectProperty<GroupComparison> shown() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
