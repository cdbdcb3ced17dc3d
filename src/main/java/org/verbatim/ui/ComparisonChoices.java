package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CodeNode;
import org.verbatim.project.Project;

/**
 * What the cross-tab and chart views both ask the user: whose sub-codes to compare, by which
 * attribute, counting what; with the codes and attributes the project offers to choose from.
 */
final class ComparisonChoices {
    /** The codes (all codes first) and attributes the project has, read with the figures they go with. */
    record Offered(List<String> codes, List<String> attributes) {
        /** Reads them on the background, from the project and its codebook already read. */
        static Offered by(Project p, List<CodeNode> nodes) {
            List<String> codes = new ArrayList<>(nodes.stream().map(CodeNode::path).toList());
            codes.add(0, AnalysisRows.ALL_CODES);
            return new Offered(codes, AnalysisRows.attributes(p.participants(), p.documents()));
        }
    }

    private final StringProperty root = new SimpleStringProperty(AnalysisRows.ALL_CODES);
    private final StringProperty attribute = new SimpleStringProperty("city");
    // Participants by default: "how many of the Tomsk respondents raised it" is the comparison an
    // analyst means; a count of segments says as much about who talked longest.
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(Unit.PARTICIPANTS);
    private final ObservableList<String> codes = FXCollections.observableArrayList(AnalysisRows.ALL_CODES);
    private final ObservableList<String> attributes = FXCollections.observableArrayList();

    /** Offers what the project has (on the JavaFX thread). */
    void offer(Offered offered) {
        // Replaced only when they differ: replacing a chooser's items clears its choice for a moment.
        if (!codes.equals(offered.codes())) {
            codes.setAll(offered.codes());
        }
        if (!attributes.equals(offered.attributes())) {
            attributes.setAll(offered.attributes());
        }
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
}
