package org.verbatim.ui;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps dialogs and popups on the screen: whenever a dialog (or a popup that does not place
 * itself) is shown, moved or resized so that it would run off the right or bottom edge of a
 * laptop's screen, it is moved back inside the screen's usable area. Menus, context menus and
 * tooltips place themselves so (JavaFX's auto-fix, which this leaves on); the main window
 * places itself too (see {@link WindowFit}).
 */
final class OnScreen {
    private static final String WATCHED = OnScreen.class.getName();
    /** Set while a window is being moved: the move itself reports a change, which must not move it again. */
    private static final String MOVING = OnScreen.class.getName() + ".moving";
    private static boolean installed;

    private OnScreen() {
    }

    /** Watches every window the application opens from now on; once is enough (on the JavaFX thread). */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(OnScreen::watch);
            }
        });
        Window.getWindows().forEach(OnScreen::watch);
    }

    private static void watch(Window w) {
        // A popup that fixes its own place (the default) keeps its visible part on the screen and
        // lets only its shadow run past the edge; moving it further would fight that.
        if (w.getProperties().containsKey(WATCHED) || !(w instanceof PopupWindow p && !p.isAutoFix()
                || w instanceof Stage s && s.getOwner() != null)) {
            return;
        }
        w.getProperties().put(WATCHED, Boolean.TRUE);
        InvalidationListener fit = o -> fit(w);
        w.xProperty().addListener(fit);
        w.yProperty().addListener(fit);
        w.widthProperty().addListener(fit);
        w.heightProperty().addListener(fit);
        w.showingProperty().addListener(fit);
        fit(w);
    }

    private static void fit(Window w) {
        if (!w.isShowing() || Double.isNaN(w.getX()) || Double.isNaN(w.getWidth()) || w.getWidth() <= 0
                || w.getProperties().containsKey(MOVING)) {
            return;
        }
        Rectangle2D area = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = within(w.getX(), w.getWidth(), area.getMinX(), area.getMaxX());
        double y = within(w.getY(), w.getHeight(), area.getMinY(), area.getMaxY());
        w.getProperties().put(MOVING, Boolean.TRUE);
        try {
            if (Math.abs(x - w.getX()) > 0.5) {
                w.setX(x);
            }
            if (Math.abs(y - w.getY()) > 0.5) {
                w.setY(y);
            }
        } finally {
            w.getProperties().remove(MOVING);
        }
    }

    /**
     * Where something {@code size} long that wants to start at {@code at} starts so that it ends
     * by {@code max}; never before {@code min} (a window larger than the screen shows its start).
     */
    static double within(double at, double size, double min, double max) {
        return Math.max(min, Math.min(at, max - size));
    }
}
