package org.verbatim.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

/**
 * Runs a view's computation only while the view is on screen: at once when one of its inputs
 * or the project changes while it shows, else the next time it is shown.
 */
final class WhileShowing {
    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final Runnable compute;
    private boolean stale = true;

    WhileShowing(Session session, Runnable compute, ObservableValue<?>... inputs) {
        this.compute = compute;
        session.changes().addListener((o, a, b) -> changed());
        for (ObservableValue<?> input : inputs) {
            input.addListener((o, a, b) -> changed());
        }
        showing.addListener((o, a, now) -> {
            if (now && stale) {
                run();
            }
        });
    }

    private void changed() {
        stale = true;
        if (showing.get()) {
            run();
        }
    }

    /** Computes now. */
    void run() {
        stale = false;
        compute.run();
    }

    /** Whether the view is on screen; bound to its tab. */
    BooleanProperty showing() {
        return showing;
    }
}
