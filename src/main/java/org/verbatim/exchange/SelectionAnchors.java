package org.verbatim.exchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.exchange.RefiProject.Selection;

/**
 * Places the selections of one source on Verbatim's normalised text of it, so each covers the
 * words the writing tool showed.
 *
 * <p>Tools count positions differently: Unicode code points (the standard), UTF-16 units
 * (NVivo for Windows), a CRLF line break as one character or two, a leading byte order mark
 * or not. Each way of counting is tried on every selection of the source. Where a selection's
 * name is its text (ATLAS.ti names a quotation by its first words) that decides; otherwise the
 * way of counting under which most selections begin and end between words, and fewest begin or
 * end with a space, wins. A selection
 * that no way of counting places, or whose named text is not where its positions point, is
 * left out with the reason, never put on other words.
 */
public final class SelectionAnchors {
    private static final int MIN_NAME_EVIDENCE = 4;

    /** Where a selection lands: {@code [start, end)} of the normalised text, or why it cannot land. */
    public record Anchor(int start, int end, String unplacedReason) {
        public boolean placed() {
            return unplacedReason == null;
        }
    }

    /** The anchors of one source's selections by selection GUID, and the way of counting chosen. */
    public record Result(String counting, Map<String, Anchor> anchors) { }

    private enum Counting {
        CODE_POINTS_CRLF_TWO("Unicode code points, a CRLF line break as two", true, true),
        UTF16_CRLF_TWO("UTF-16 units, a CRLF line break as two", false, true),
        CODE_POINTS_CRLF_ONE("Unicode code points, a CRLF line break as one", true, false),
        UTF16_CRLF_ONE("UTF-16 units, a CRLF line break as one", false, false);

        final String description;
        final boolean codePoints;
        final boolean crlfTwo;

        Counting(String description, boolean codePoints, boolean crlfTwo) {
            this.description = description;
            this.codePoints = codePoints;
            this.crlfTwo = crlfTwo;
        }
    }

    private record Way(Counting counting, boolean bomCounted) {
        String describe() {
            return counting.description + (bomCounted ? ", the byte order mark counted" : "");
        }
    }

    private final String normalised;
    private final String lf;
    private final boolean bom;
    private final int[] rawToLf;
    private final int[] rawCodePoints;
    private final int[] lfCodePoints;
    private String collapsedText;

    private SelectionAnchors(String raw, String normalised) {
        this.normalised = normalised;
        this.bom = raw.startsWith("\uFEFF");
        String t = bom ? raw.substring(1) : raw;
        StringBuilder b = new StringBuilder(t.length());
        rawToLf = new int[t.length() + 1];
        for (int i = 0; i < t.length(); i++) {
            rawToLf[i] = b.length();
            char c = t.charAt(i);
            if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                continue;
            }
            b.append(c == '\r' ? '\n' : c);
        }
        rawToLf[t.length()] = b.length();
        this.lf = b.toString();
        this.rawCodePoints = codePointStarts(t);
        this.lfCodePoints = codePointStarts(lf);
    }

    /**
     * Places {@code selections} of a source whose file text is {@code raw} (as decoded, byte
     * order mark and line breaks as they were) and whose normalised text is {@code normalised}.
     */
    public static Result anchor(String raw, String normalised, List<Selection> selections) {
        return new SelectionAnchors(raw, normalised).anchorAll(selections);
    }

    private Result anchorAll(List<Selection> selections) {
        List<Way> ways = new ArrayList<>();
        for (Counting c : Counting.values()) {
            ways.add(new Way(c, false));
        }
        if (bom) {
            for (Counting c : Counting.values()) {
                ways.add(new Way(c, true));
            }
        }
        Way best = ways.get(0);
        int bestScore = Integer.MIN_VALUE;
        for (Way w : ways) {
            int score = 0;
            for (Selection s : selections) {
                int[] r = range(s, w);
                if (r == null) {
                    score -= 5;
                    continue;
                }
                if (namesText(s, r)) {
                    score += 4;
                }
                score += (cleanStart(r[0]) ? 1 : 0) + (cleanEnd(r[1]) ? 1 : 0);
                // People select words, not the space before or after them.
                score -= (isSpace(normalised.charAt(r[0])) ? 1 : 0) + (isSpace(normalised.charAt(r[1] - 1)) ? 1 : 0);
            }
            if (score > bestScore) {
                bestScore = score;
                best = w;
            }
        }
        Map<String, Anchor> out = new LinkedHashMap<>();
        for (Selection s : selections) {
            out.put(s.guid(), place(s, best, ways));
        }
        return new Result(best.describe(), out);
    }

    private Anchor place(Selection s, Way best, List<Way> ways) {
        if (s.start() > s.end()) {
            return new Anchor(-1, -1, "it starts (" + s.start() + ") after it ends (" + s.end() + ")");
        }
        if (s.start() == s.end()) {
            return new Anchor(-1, -1, "it selects no text (start and end are both " + s.start() + ")");
        }
        int[] r = range(s, best);
        if (r != null && namesText(s, r)) {
            return new Anchor(r[0], r[1], null);
        }
        for (Way w : ways) {
            int[] other = range(s, w);
            if (other != null && namesText(s, other)) {
                return new Anchor(other[0], other[1], null);
            }
        }
        String name = s.name() == null ? "" : collapse(stripEllipsis(s.name()));
        if ((name.length() >= MIN_NAME_EVIDENCE || isTruncated(s.name())) && collapsedText().contains(name)) {
            return new Anchor(-1, -1, "the text it names (\"" + shorten(s.name()) + "\") is not at positions "
                    + s.start() + "-" + s.end() + " under any way of counting");
        }
        if (r == null) {
            return new Anchor(-1, -1, "positions " + s.start() + "-" + s.end() + " lie outside the text ("
                    + (lfCodePoints.length - 1) + " characters) or split a character");
        }
        return new Anchor(r[0], r[1], null);
    }

    /** {@code [start, end)} in the normalised text under one way of counting, or null if it does not fit. */
    private int[] range(Selection s, Way w) {
        int a = toLf(s.start() - (w.bomCounted ? 1 : 0), w.counting, true);
        int b = toLf(s.end() - (w.bomCounted ? 1 : 0), w.counting, false);
        if (a < 0 || b < 0 || b <= a) {
            return null;
        }
        int na = toNormalised(a);
        int nb = toNormalised(b);
        return nb > na ? new int[] {na, nb} : null;
    }

    private int toLf(long position, Counting c, boolean isStart) {
        long p = position < 0 && isStart && position == -1 ? 0 : position;
        if (p < 0) {
            return -1;
        }
        if (c.crlfTwo) {
            int rawIndex;
            if (c.codePoints) {
                if (p >= rawCodePoints.length) {
                    return -1;
                }
                rawIndex = rawCodePoints[(int) p];
            } else {
                if (p >= rawToLf.length) {
                    return -1;
                }
                rawIndex = (int) p;
            }
            int l = rawToLf[rawIndex];
            return splitsPair(l) ? -1 : l;
        }
        if (c.codePoints) {
            return p < lfCodePoints.length ? lfCodePoints[(int) p] : -1;
        }
        return p <= lf.length() && !splitsPair((int) p) ? (int) p : -1;
    }

    private boolean splitsPair(int i) {
        return i > 0 && i < lf.length() && Character.isLowSurrogate(lf.charAt(i))
                && Character.isHighSurrogate(lf.charAt(i - 1));
    }

    private int toNormalised(int lfIndex) {
        if (lf.length() == normalised.length()) {
            return lfIndex;
        }
        return Normalizer.normalize(lf.substring(0, lfIndex), Normalizer.Form.NFC).length();
    }

    /** UTF-16 index of every code point's start, plus the length: code point i starts at [i]. */
    private static int[] codePointStarts(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int i = 0;
        int k = 0;
        while (i < s.length()) {
            out[k++] = i;
            i += Character.charCount(s.codePointAt(i));
        }
        out[k] = s.length();
        return out;
    }

    private boolean namesText(Selection s, int[] r) {
        if (s.name() == null || s.name().isBlank()) {
            return false;
        }
        String covered = collapse(normalised.substring(r[0], r[1]));
        String name = collapse(stripEllipsis(s.name()));
        if (name.isEmpty()) {
            return false;
        }
        return isTruncated(s.name()) ? covered.startsWith(name) : covered.equals(name);
    }

    private boolean cleanStart(int i) {
        return i == 0 || !isWordChar(normalised.charAt(i - 1)) || !isWordChar(normalised.charAt(i));
    }

    private boolean cleanEnd(int i) {
        return i == normalised.length() || !isWordChar(normalised.charAt(i - 1)) || !isWordChar(normalised.charAt(i));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private String collapsedText() {
        if (collapsedText == null) {
            collapsedText = collapse(normalised);
        }
        return collapsedText;
    }

    private static boolean isTruncated(String name) {
        String n = name.strip();
        return n.endsWith("…") || n.endsWith("...");
    }

    private static String stripEllipsis(String name) {
        String n = name.strip();
        if (n.endsWith("…")) {
            return n.substring(0, n.length() - 1);
        }
        return n.endsWith("...") ? n.substring(0, n.length() - 3) : n;
    }

    /** Whitespace runs to one space, NFC: tools write a quotation's name on one line. */
    static String collapse(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
