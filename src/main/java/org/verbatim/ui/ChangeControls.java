package org.verbatim.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * The one rule for the controls that change a project: while it cannot be changed
 * ({@link Session#canChange()} false: a team project's server cannot be reached, or the project
 * was opened read-only) they are disabled, the banner or notice at the top of the window saying
 * why, and they are enabled again by themselves when the server is back. A change asked for
 * another way meanwhile (a shortcut, a drop) is refused by the session with the same reason.
 */
final class ChangeControls {
    private ChangeControls() {
    }

    /** Disables {@code controls} while the project cannot be changed. */
    static void disable(Session session, Node... controls) {
        for (Node control : controls) {
            control.disableProperty().bind(unchangeable(session));
        }
    }

    /** Disables {@code items} (menus among them) while the project cannot be changed. */
    static void disable(Session session, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(unchangeable(session));
        }
    }

    /** Disables {@code controls} while the project cannot be changed and also while {@code otherwise} holds (nothing selected, say). */
    static void disable(Session session, ObservableBooleanValue otherwise, Node... controls) {
        for (Node control : controls) {
            control.disableProperty().bind(unchangeable(session).or(otherwise));
        }
    }

    /** Disables {@code items} while the project cannot be changed and also while {@code otherwise} holds. */
    static void disable(Session session, ObservableBooleanValue otherwise, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(unchangeable(session).or(otherwise));
        }
    }

    /** Makes a view editable in place (a tree, a table) only while the project can be changed. */
    static void editable(Session session, BooleanProperty editable) {
        editable.bind(session.canChange());
    }

    /** Whether a change may be tried now: for a key or a drag that has no control to disable. */
    static boolean writable(Session session) {
        return session.canChange().get();
    }

    private static BooleanExpression unchangeable(Session session) {
        return session.canChange().not();
    }
}
