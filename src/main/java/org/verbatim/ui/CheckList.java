package org.verbatim.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;

/**
 * A list of names, each with a check box; the checks live with the caller, who says which
 * names are checked and hears each change. Space checks or unchecks the focused name.
 */
final class CheckList {
    private final ListView<String> view = new ListView<>();
    private final Map<String, BooleanProperty> checks = new HashMap<>();
    private final Predicate<String> checked;
    private boolean refreshing;

    CheckList(String id, Predicate<String> checked, BiConsumer<String, Boolean> changed) {
        this.checked = checked;
        view.setId(id);
        view.setCellFactory(CheckBoxListCell.forListView(name -> checks.computeIfAbsent(name, n -> {
            BooleanProperty p = new SimpleBooleanProperty(checked.test(n));
            p.addListener((o, was, now) -> {
                if (!refreshing) {
                    changed.accept(n, now);
                }
            });
            return p;
        })));
        view.setOnKeyPressed(e -> {
            String focused = view.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && focused != null && checks.containsKey(focused)) {
                checks.get(focused).set(!checks.get(focused).get());
                e.consume();
            }
        });
    }

    ListView<String> view() {
        return view;
    }

    /** Lists these names, checked as the caller has them. */
    void show(List<String> names) {
        checks.clear();
        view.getItems().setAll(names);
    }

    /** Shows the checks as the caller has them now, after a change made elsewhere. */
    void refresh() {
        refreshing = true;
        try {
            checks.forEach((name, p) -> p.set(checked.test(name)));
        } finally {
            refreshing = false;
        }
    }
}
