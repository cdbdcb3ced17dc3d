package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.CorrectionReport;
import org.verbatim.project.SegmentChange;
import org.verbatim.project.SegmentChange.Kind;

/** Prints what a correction does to the coding: counts, then each segment that does not stay as it was. */
final class CorrectionPrinter {
    private static final int QUOTE = 60;

    private CorrectionPrinter() {
    }

    static void print(PrintWriter out, CorrectionReport r) {
        out.println((r.saved() ? "Saved version " + r.version() + " of " : "Correcting ") + r.document() + ": "
                + r.summary());
        out.println("Words " + r.wordsBefore() + " -> " + r.wordsAfter() + ", turns " + r.turnsBefore() + " -> "
                + r.turnsAfter());
        out.println("Segments: " + r.count(Kind.UNCHANGED) + " unchanged, " + r.count(Kind.MOVES) + " move, "
                + r.count(Kind.SHRINKS) + " shrink, " + r.count(Kind.GROWS) + " grow, " + r.count(Kind.CHANGES)
                + " change words, " + r.count(Kind.LOSES_ALL_WORDS) + " lose all their words");
        for (SegmentChange c : r.segments()) {
            switch (c.kind()) {
                case SHRINKS, GROWS, CHANGES -> out.println("  " + verb(c.kind()) + " segment " + c.segmentId() + " "
                        + c.code() + " by " + c.coder() + ": \"" + quote(c.oldText()) + "\" -> \"" + quote(c.newText())
                        + "\"");
                case LOSES_ALL_WORDS -> out.println("  " + (r.saved() ? "removed" : "loses all its words:")
                        + " segment " + c.segmentId() + " " + c.code() + " by " + c.coder() + ": \""
                        + quote(c.oldText()) + "\"");
                default -> { }
            }
        }
        out.flush();
    }

    private static String verb(Kind kind) {
        return switch (kind) {
            case SHRINKS -> "shrinks:";
            case GROWS -> "grows:";
            default -> "changes words:";
        };
    }

    private static String quote(String text) {
        String one = text.replace('\n', ' ');
        return one.length() <= QUOTE ? one : one.substring(0, QUOTE - 3) + "...";
    }
}
