package org.verbatim.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.verbatim.model.analysis.Unit;

/** What the cross-tab and chart views share in their choosers. */
final class Comparison {
    /** The choosers of a view's {@link ComparisonChoices}: the code, the attribute, the unit and the filters. */
    record Choosers(ComboBox<String> codes, ChoiceBox<String> by, ChoiceBox<Unit> unit, TextField where,
                    ChoiceBox<String> coder) {
        /** The attribute filter and the coder side by side, so they wrap onto a line together. */
        HBox filters() {
            where.setMinWidth(Region.USE_PREF_SIZE);
            coder.setMinWidth(Region.USE_PREF_SIZE);
            HBox box = new HBox(8, where, coder);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }

    private Comparison() {
    }

    /** Makes the choosers of a view's code, attribute and unit, with ids after the view's, kept in step with its choices. */
    static Choosers choosers(ComparisonChoices choices, String id) {
        ComboBox<String> codes = new ComboBox<>(choices.codes());
        codes.setId(id + "-codes");
        codes.setPrefWidth(260);
        TypeAhead.install(codes);
        follow(codes.valueProperty(), choices.codes(), choices.root());
        ChoiceBox<String> by = new ChoiceBox<>(choices.attributes());
        by.setId(id + "-by");
        by.setPrefWidth(150);
        follow(by.valueProperty(), choices.attributes(), choices.attribute());
        ChoiceBox<Unit> unit = new ChoiceBox<>();
        unit.getItems().setAll(Unit.PARTICIPANTS, Unit.SEGMENTS, Unit.DOCUMENTS);
        unit.setId(id + "-unit");
        unit.setConverter(labels(Unit::label));
        unit.valueProperty().bindBidirectional(choices.unit());
        ChoiceBox<String> coder = new ChoiceBox<>(choices.coders());
        coder.setId(id + "-coder");
        coder.setPrefWidth(130);
        coder.setTooltip(new Tooltip("Count only the segments of this coder"));
        follow(coder.valueProperty(), choices.coders(), choices.coder());
        return new Choosers(codes, by, unit, where(choices, id), coder);
    }

    /** The attribute filter: applied on Enter or on leaving the field, not at every keystroke of a half-typed value. */
    private static TextField where(ComparisonChoices choices, String id) {
        TextField where = new TextField(choices.where().get());
        where.setId(id + "-where");
        where.setPromptText("attribute=value, …");
        where.setPrefColumnCount(18);
        where.setTooltip(new Tooltip("Count only segments whose document or participant has these values, e.g."
                + " format=focus group, gender=female; values of one attribute are alternatives. Enter applies."));
        where.setOnAction(e -> choices.where().set(where.getText()));
        where.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                choices.where().set(where.getText());
            }
        });
        choices.where().addListener((o, a, v) -> where.setText(v));
        return where;
    }

    /** Shows a chooser's items by their labels. */
    static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("Chosen from a list, never typed");
            }
        };
    }

    /**
     * Keeps a chooser's value and a view model's choice in step both ways. Replacing the chooser's
     * items may move its value; the model's choice is put back afterwards, so it stays what the user chose.
     */
    static void follow(ObjectProperty<String> chooser, ObservableList<String> items, StringProperty choice) {
        chooser.set(choice.get());
        chooser.addListener((o, a, v) -> {
            if (v != null) {
                choice.set(v);
            }
        });
        choice.addListener((o, a, v) -> chooser.set(v));
        items.addListener((ListChangeListener<String>) c -> chooser.set(choice.get()));
    }

    /**
     * The choosers in a row that wraps when the pane is narrow, none squeezed below its own width;
     * a label stays on the same line as the chooser after it.
     */
    static FlowPane controls(Node... nodes) {
        FlowPane box = new FlowPane(8, 6);
        for (int i = 0; i < nodes.length; i++) {
            if (nodes[i] instanceof Control c && !(nodes[i] instanceof ComboBoxBase<?>)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
            if (nodes[i] instanceof Label && i + 1 < nodes.length) {
                continue;
            }
            if (i > 0 && nodes[i - 1] instanceof Label label) {
                HBox pair = new HBox(6, label, nodes[i]);
                pair.setAlignment(Pos.CENTER_LEFT);
                box.getChildren().add(pair);
            } else {
                box.getChildren().add(nodes[i]);
            }
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
