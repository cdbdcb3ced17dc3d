package org.verbatim.exchange;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.verbatim.model.report.StudyReport;

/** The report's bar chart of a code by group as a PNG, for the Word document (which has no SVG). */
final class BarChartImage {
    static final int WIDTH = 1280;
    private static final int SCALE = 2;
    private static final Color BAR = new Color(0x4E, 0x79, 0xA7);

    private BarChartImage() {
    }

    /** The height of the chart of {@code groups} bars, in the image's pixels. */
    static int height(int groups) {
        return (groups * 28 + 26) * SCALE;
    }

    static byte[] png(List<StudyReport.GroupFigures> groups) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, height(groups.size()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(SCALE, SCALE);
            int label = 190;
            int bar = 330;
            int bottom = groups.size() * 28 + 10;
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            for (int i = 0; i <= 4; i++) {
                int x = label + bar * i / 4;
                g.setColor(new Color(0xDD, 0xDD, 0xDD));
                g.drawLine(x, 0, x, bottom);
                g.setColor(Color.GRAY);
                String tick = (i * 25) + "%";
                g.drawString(tick, x - g.getFontMetrics().stringWidth(tick) / 2, bottom + 12);
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            for (int i = 0; i < groups.size(); i++) {
                StudyReport.GroupFigures f = groups.get(i);
                int y = i * 28 + 4;
                g.setColor(Color.DARK_GRAY);
                String name = f.group();
                while (g.getFontMetrics().stringWidth(name) > label - 12 && name.length() > 4) {
                    name = name.substring(0, name.length() - 2) + "…";
                }
                g.drawString(name, label - 8 - g.getFontMetrics().stringWidth(name), y + 15);
                double share = Double.isNaN(f.share()) ? 0 : f.share();
                g.setColor(BAR);
                g.fillRect(label, y + 2, (int) Math.round(bar * share), 18);
                if (!Double.isNaN(f.share())) {
                    g.setColor(Color.DARK_GRAY);
                    g.setStroke(new BasicStroke(1f));
                    int lo = label + (int) Math.round(bar * f.low());
                    int hi = label + (int) Math.round(bar * f.high());
                    g.drawLine(lo, y + 11, hi, y + 11);
                    g.drawLine(lo, y + 6, lo, y + 16);
                    g.drawLine(hi, y + 6, hi, y + 16);
                }
                g.setColor(Color.BLACK);
                g.drawString(String.format(Locale.ROOT, "%s (%s)", ReportText.count(f), ReportText.percent(f.share())),
                        label + bar + 8, y + 15);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
