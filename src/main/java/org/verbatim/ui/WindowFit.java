package org.verbatim.ui;

/**
 * Where the window goes when it opens: the saved size, made no larger than the screen's usable
 * area (a size saved on a larger monitor would put the menus and the status bar out of reach),
 * and centred on that area when it had to shrink.
 *
 * @param x where the window's left edge goes, or {@code NaN} to let the system place it
 * @param y where the window's top edge goes, or {@code NaN} to let the system place it
 */
record WindowFit(double x, double y, double width, double height) {

    /** Fits a saved window size into the usable area {@code [minX, minX + areaWidth) × [minY, minY + areaHeight)}. */
    static WindowFit of(double width, double height, double minX, double minY, double areaWidth, double areaHeight) {
        if (width <= areaWidth && height <= areaHeight) {
            return new WindowFit(Double.NaN, Double.NaN, width, height);
        }
        double w = Math.min(width, areaWidth);
        double h = Math.min(height, areaHeight);
        return new WindowFit(minX + (areaWidth - w) / 2, minY + (areaHeight - h) / 2, w, h);
    }

    /** Whether the window is placed by {@link #x()} and {@link #y()} rather than by the system. */
    boolean placed() {
        return !Double.isNaN(x);
    }
}
