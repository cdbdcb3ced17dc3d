package org.verbatim.ui;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Keeps menus, context menus, tooltips and dialogs on the screen: whenever one is shown, moved
 * or resized so that it would run off the right or bottom edge (a context menu opened near the
 * edge of a laptop's screen, a tooltip that grows once laid out), it is moved back inside the
 * screen's usable area. The main window places itself (see {@link WindowFit}).
 */
final class OnScreen {
    private static final String WATCHED = OnScreen.class.getName();
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
        if (w.getProperties().containsKey(WATCHED) || !(w instanceof PopupWindow || w instanceof Stage s
                && s.getOwner() != null)) {
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
        if (!w.isShowing() || Double.isNaN(w.getX()) || Double.isNaN(w.getWidth()) || w.getWidth() <= 0) {
            return;
        }
        Rectangle2D area = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = within(w.getX(), w.getWidth(), area.getMinX(), area.getMaxX());
        double y = within(w.getY(), w.getHeight(), area.getMinY(), area.getMaxY());
        if (x != w.getX()) {
            w.setX(x);
        }
        if (y != w.getY()) {
            w.setY(y);
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
