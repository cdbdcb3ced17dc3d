package org.verbatim.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.verbatim.project.HitView;

/**
 * Stepping through the listed search hits (F3 / Shift+F3, Enter / Shift+Enter in the search
 * field, the arrow buttons): each step shows the next or previous hit in the transcript, going
 * round at either end, and the position reads "3 of 12". New hits start again before the first.
 */
final class HitSteps {
    private final ObservableList<HitView> hits;
    private final Consumer<HitView> show;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");

    HitSteps(ObservableList<HitView> hits, Consumer<HitView> show) {
        this.hits = hits;
        this.show = show;
        hits.addListener((ListChangeListener<HitView>) c -> {
            current.set(-1);
            describe();
        });
    }

    /** Shows the next hit (the first after the last). */
    void next() {
        step(+1);
    }

    /** Shows the previous hit (the last before the first). */
    void previous() {
        step(-1);
    }

    /** The user opened a hit from the list: the steps go on from there. */
    void chosen(HitView hit) {
        current.set(hits.indexOf(hit));
        describe();
    }

    private void step(int by) {
        if (hits.isEmpty()) {
            return;
        }
        int at = current.get() < 0 ? (by > 0 ? 0 : hits.size() - 1) : Math.floorMod(current.get() + by, hits.size());
        current.set(at);
        describe();
        show.accept(hits.get(at));
    }

    private void describe() {
        position.set(hits.isEmpty() ? "" : (current.get() < 0 ? "–" : String.valueOf(current.get() + 1)) + " of "
                + hits.size());
    }

    /** The index of the hit shown last, or -1. */
    ReadOnlyIntegerProperty current() {
        return current.getReadOnlyProperty();
    }

    /** "3 of 12", "– of 12" before the first step, empty without hits. */
    ReadOnlyStringProperty position() {
        return position.getReadOnlyProperty();
    }
}
