package org.verbatim.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** What the cross-tab and chart views share in their choosers. */
final class Comparison {
    private Comparison() {
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

    /** The choosers in a row that wraps when the pane is narrow, none squeezed below its own width. */
    static FlowPane controls(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Control c && !(n instanceof ComboBoxBase<?>)) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        FlowPane box = new FlowPane(8, 6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
