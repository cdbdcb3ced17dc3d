package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CodeNode;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;

/**
 * What the cross-tab and chart views both ask the user: whose sub-codes to compare, by which
 * attribute, counting what, and among which segments (attribute filters and a coder); with the
 * codes, attributes and coders the project offers to choose from. Each view has its own, so
 * narrowing one view never changes the figures of the other behind the user's back.
 */
final class ComparisonChoices {
    /** The coder choice that does not narrow by coder. */
    static final String ALL_CODERS = "All coders";

    /** The codes (all codes first), attributes and coders (all first) the project has, read with the figures they go with. */
    record Offered(List<String> codes, List<String> attributes, List<String> coders) {
        /** Reads them on the background, from the project and its codebook already read. */
        static Offered by(Project p, List<CodeNode> nodes) {
            List<String> codes = new ArrayList<>(nodes.stream().map(CodeNode::path).toList());
            codes.add(0, AnalysisRows.ALL_CODES);
            List<String> coders = new ArrayList<>(p.excerptChoices().coders());
            coders.add(0, ALL_CODERS);
            return new Offered(codes, AnalysisRows.attributes(p.participants(), p.documents()), coders);
        }
    }

    private final StringProperty root = new SimpleStringProperty(AnalysisRows.ALL_CODES);
    private final StringProperty attribute = new SimpleStringProperty("city");
    // Participants by default: "how many of the Tomsk respondents raised it" is the comparison an
    // analyst means; a count of segments says as much about who talked longest.
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.PARTICIPANTS);
    private final ObservableList<String> codes = FXCollections.observableArrayList(AnalysisRows.ALL_CODES);
    private final ObservableList<String> attributes = FXCollections.observableArrayList();
    private final StringProperty where = new SimpleStringProperty("");
    private final StringProperty coder = new SimpleStringProperty(ALL_CODERS);
    private final ObservableList<String> coders = FXCollections.observableArrayList(ALL_CODERS);

    /** Keeps the chosen code chosen when it (or a code above it) is renamed or moved from {@code before} to {@code after}. */
    void codeRenamed(String before, String after) {
        String now = CodebookViewModel.followed(root.get(), before, after);
        if (now != null) {
            if (!codes.contains(now)) {
                codes.add(now);
            }
            root.set(now);
        }
    }

    /** Offers what the project has (on the JavaFX thread). */
    void offer(Offered offered) {
        // Replaced only when they differ: replacing a chooser's items clears its choice for a moment.
        if (!codes.equals(offered.codes())) {
            codes.setAll(offered.codes());
        }
        if (!attributes.equals(offered.attributes())) {
            attributes.setAll(offered.attributes());
        }
        if (!coders.equals(offered.coders())) {
            coders.setAll(offered.coders());
        }
    }

    /**
     * The segments the figures count, with the chosen code left to the request's rows; empty when
     * {@link #where()} is not {@code attribute=value}, and then {@code refused} hears which part.
     * A view keeps what it showed in that case, so only its status line says what is wrong.
     */
    Optional<SegmentFilter> filter(Consumer<String> refused) {
        String chosen = coder.get();
        try {
            return Optional.of(new SegmentFilter(null, RetrievalViewModel.parseWhere(where.get()), chosen == null
                    || chosen.equals(ALL_CODERS) ? null : chosen, List.of()));
        } catch (IllegalArgumentException e) {
            refused.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** The choices a view computes again on, followed by {@code own}, the view's own. */
    ObservableValue<?>[] inputs(ObservableValue<?>... own) {
        List<ObservableValue<?>> all = new ArrayList<>(List.of(root, attribute, unit, where, coder));
        all.addAll(List.of(own));
        return all.toArray(ObservableValue<?>[]::new);
    }

    /** Which segments {@code filter} keeps, for the status line: "all segments" or what narrows them. */
    static String describe(SegmentFilter filter) {
        if (filter.where().isEmpty() && filter.coder() == null) {
            return "all segments, all coders";
        }
        List<String> parts = new ArrayList<>();
        if (!filter.where().isEmpty()) {
            parts.add("where " + filter.where().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " = " + String.join(" or ", e.getValue()))
                    .collect(Collectors.joining(" and ")));
        }
        if (filter.coder() != null) {
            parts.add("coded by " + filter.coder());
        }
        return "only segments " + String.join(", ", parts);
    }

    /** The chosen code: the views compare the codes below it; {@link AnalysisRows#ALL_CODES} for the whole codebook. */
    StringProperty root() {
        return root;
    }

    /** The attribute whose values are compared. */
    StringProperty attribute() {
        return attribute;
    }

    /** What is counted. */
    ObjectProperty<Unit> unit() {
        return unit;
    }

    /** The codes offered for {@link #root()}. */
    ObservableList<String> codes() {
        return codes;
    }

    /** The attributes offered for {@link #attribute()}. */
    ObservableList<String> attributes() {
        return attributes;
    }

    /** The attribute filter applied, as in the Retrieval pane: {@code format=focus group, gender=female}. */
    StringProperty where() {
        return where;
    }

    /** Whose segments are counted: a coder's name, or {@link #ALL_CODERS}. */
    StringProperty coder() {
        return coder;
    }

    /** The coders offered for {@link #coder()}, all coders first. */
    ObservableList<String> coders() {
        return coders;
    }
}
