package org.verbatim.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.verbatim.project.AtomicFile;
import org.verbatim.project.ProjectException;

/**
 * A chart or table as a PNG picture: a snapshot of the node as it is on screen, on the
 * theme's background, written whole or not at all on the background.
 */
final class ImageExport {
    private ImageExport() {
    }

    /** Takes the picture now (on the interface thread) and writes it to {@code file}. */
    static void write(Session session, Node node, Path file, Consumer<String> report) {
        BufferedImage image = snapshot(node);
        session.read("Writing " + file.getFileName(), p -> AtomicFile.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new ProjectException("Cannot write " + file + ": no PNG writer is available");
            }
            return file;
        }), written -> report.accept("Wrote a " + image.getWidth() + " × " + image.getHeight() + " picture to " + written),
                report);
    }

    /** Copies the snapshot's pixels into an image ImageIO can write (no Swing bridge needed). */
    static BufferedImage snapshot(Node node) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(dark() ? Color.web("#0d1117") : Color.WHITE);
        WritableImage shot = node.snapshot(parameters, null);
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        int[] argb = new int[width * height];
        shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    private static boolean dark() {
        return String.valueOf(Application.getUserAgentStylesheet()).contains("dark");
    }
}
