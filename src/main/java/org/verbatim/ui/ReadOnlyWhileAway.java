package org.verbatim.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;

/**
 * The one rule for the controls that change a project: while a team project's server cannot be
 * reached ({@link Session#reachable()} false) they are disabled, the red banner at the top of the
 * window saying why, and they are enabled again by themselves when it is back. A change asked for
 * another way meanwhile (a shortcut, a drop) is refused by the session with the same reason. On a
 * project file the server is never away, so nothing here ever disables anything.
 */
final class ReadOnlyWhileAway {
    private ReadOnlyWhileAway() {
    }

    /** Disables {@code controls} while the server is away. */
    static void disable(Session session, Node... controls) {
        for (Node control : controls) {
            control.disableProperty().bind(away(session));
        }
    }

    /** Disables {@code items} (menus among them) while the server is away. */
    static void disable(Session session, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(away(session));
        }
    }

    /** Disables {@code controls} while the server is away and also while {@code otherwise} holds (nothing selected, say). */
    static void disable(Session session, ObservableBooleanValue otherwise, Node... controls) {
        for (Node control : controls) {
            control.disableProperty().bind(away(session).or(otherwise));
        }
    }

    /** Disables {@code items} while the server is away and also while {@code otherwise} holds. */
    static void disable(Session session, ObservableBooleanValue otherwise, MenuItem... items) {
        for (MenuItem item : items) {
            item.disableProperty().bind(away(session).or(otherwise));
        }
    }

    /** Makes a view editable in place (a tree, a table) only while the server is there. */
    static void editable(Session session, BooleanProperty editable) {
        editable.bind(session.reachable());
    }

    /** Whether a change may be tried now: for a key or a drag that has no control to disable. */
    static boolean writable(Session session) {
        return session.reachable().get();
    }

    private static BooleanExpression away(Session session) {
        return session.reachable().not();
    }
}
