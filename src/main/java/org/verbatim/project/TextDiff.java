package org.verbatim.project;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one text became another, and where each offset of the old text lies in the new one.
 * The texts are compared word by word (java-diff-utils, Myers); inside a changed stretch the
 * characters are compared again, so a boundary between two words of a changed phrase still
 * finds its place. A boundary inside a replaced word moves to the edge of the replacement:
 * a start to where the replacement begins, an end to where it ends, so a segment keeps the
 * corrected word rather than half of it. Text inserted exactly at a segment's edge stays
 * outside the segment. Pure: no store, no window.
 */
public final class TextDiff {
    /** Char-level comparison inside a changed stretch is skipped past this many char pairs. */
    private static final long CHAR_DIFF_LIMIT = 4_000_000L;

    private final String before;
    private final String after;
    private final List<Chunk> chunks;
    private final Map<Integer, List<Chunk>> refined = new HashMap<>();

    /** A stretch of the old text {@code [oldStart, oldEnd)} and what it became, {@code [newStart, newEnd)}. */
    record Chunk(int oldStart, int oldEnd, int newStart, int newEnd, boolean equal) {
        boolean isInsert() {
            return oldStart == oldEnd;
        }
    }

    /** What a piece of a difference is: kept, taken out of the old text, or put into the new. */
    public enum PieceKind { KEPT, DELETED, INSERTED }

    /** One piece of the difference, for showing it to a reader. */
    public record Piece(PieceKind kind, String text) { }

    private TextDiff(String before, String after, List<Chunk> chunks) {
        this.before = before;
        this.after = after;
        this.chunks = chunks;
    }

    /** Compares {@code before} with {@code after}, word by word. */
    public static TextDiff between(String before, String after) {
        return new TextDiff(before, after, compare(before, after, tokens(before), tokens(after)));
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    /** Whether the two texts are the same. */
    public boolean unchanged() {
        return before.equals(after);
    }

    /** The difference as kept, deleted and inserted pieces, in text order. */
    public List<Piece> pieces() {
        List<Piece> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.equal()) {
                out.add(new Piece(PieceKind.KEPT, before.substring(c.oldStart(), c.oldEnd())));
                continue;
            }
            if (c.oldEnd() > c.oldStart()) {
                out.add(new Piece(PieceKind.DELETED, before.substring(c.oldStart(), c.oldEnd())));
            }
            if (c.newEnd() > c.newStart()) {
                out.add(new Piece(PieceKind.INSERTED, after.substring(c.newStart(), c.newEnd())));
            }
        }
        return out;
    }

    /** Where a range's start at {@code p} of the old text lies in the new text. */
    public int mapStart(int p) {
        return map(p, true);
    }

    /** Where a range's end at {@code p} of the old text lies in the new text. */
    public int mapEnd(int p) {
        return map(p, false);
    }

    /**
     * Where the range {@code [start, end)} of the old text lies in the new text, or empty when
     * none of it is left. Space that a moved edge picks up is trimmed off unless the range
     * began or ended with space itself.
     */
    public Optional<int[]> mapRange(int start, int end) {
        int s = mapStart(start);
        int e = mapEnd(end);
        if (!Character.isWhitespace(before.charAt(start))) {
            while (s < e && Character.isWhitespace(after.charAt(s))) {
                s++;
            }
        }
        if (!Character.isWhitespace(before.charAt(end - 1))) {
            while (e > s && Character.isWhitespace(after.charAt(e - 1))) {
                e--;
            }
        }
        return e > s ? Optional.of(new int[] {s, e}) : Optional.empty();
    }

    private int map(int p, boolean start) {
        if (p < 0 || p > before.length()) {
            throw new IllegalArgumentException("Offset " + p + " is outside the text (" + before.length() + ")");
        }
        int i = firstEndingAtOrAfter(chunks, p);
        if (i == chunks.size()) {
            return after.length();
        }
        Chunk c = chunks.get(i);
        if (c.isInsert()) {
            return start ? c.newEnd() : c.newStart();
        }
        if (p == c.oldEnd()) {
            if (i + 1 < chunks.size() && chunks.get(i + 1).isInsert()) {
                Chunk insert = chunks.get(i + 1);
                return start ? insert.newEnd() : insert.newStart();
            }
            return c.newEnd();
        }
        if (p == c.oldStart()) {
            return c.newStart();
        }
        if (c.equal()) {
            return c.newStart() + (p - c.oldStart());
        }
        return inside(i, c, p, start);
    }

    /** A boundary strictly inside a changed stretch: placed by its characters, then kept off the middle of a word. */
    private int inside(int index, Chunk c, int p, boolean start) {
        int q = p;
        if (isWord(before, q - 1) && isWord(before, q)) {
            q = start ? wordStart(before, q) : wordEnd(before, q);
        }
        if (q == c.oldStart()) {
            return c.newStart();
        }
        if (q == c.oldEnd()) {
            return c.newEnd();
        }
        List<Chunk> inner = refined.computeIfAbsent(index, k -> refine(c));
        int mapped = c.newStart() + mapCoarse(inner, q - c.oldStart(), start);
        if (isWord(after, mapped - 1) && isWord(after, mapped)) {
            mapped = start ? wordStart(after, mapped) : wordEnd(after, mapped);
        }
        return mapped;
    }

    /** Places an offset among character chunks; inside a changed run a start goes to its start, an end to its end. */
    private static int mapCoarse(List<Chunk> inner, int p, boolean start) {
        int i = firstEndingAtOrAfter(inner, p);
        if (i == inner.size()) {
            return inner.isEmpty() ? 0 : inner.get(inner.size() - 1).newEnd();
        }
        Chunk c = inner.get(i);
        if (c.isInsert()) {
            return start ? c.newEnd() : c.newStart();
        }
        if (p == c.oldEnd()) {
            if (i + 1 < inner.size() && inner.get(i + 1).isInsert()) {
                return start ? inner.get(i + 1).newEnd() : inner.get(i + 1).newStart();
            }
            return c.newEnd();
        }
        if (p == c.oldStart()) {
            return c.newStart();
        }
        if (c.equal()) {
            return c.newStart() + (p - c.oldStart());
        }
        return start ? c.newStart() : c.newEnd();
    }

    private List<Chunk> refine(Chunk c) {
        String oldPart = before.substring(c.oldStart(), c.oldEnd());
        String newPart = after.substring(c.newStart(), c.newEnd());
        if ((long) oldPart.length() * newPart.length() > CHAR_DIFF_LIMIT) {
            return List.of(new Chunk(0, oldPart.length(), 0, newPart.length(), false));
        }
        return compare(oldPart, newPart, chars(oldPart), chars(newPart));
    }

    /** Index of the first chunk whose old end is at or after {@code p}. */
    private static int firstEndingAtOrAfter(List<Chunk> chunks, int p) {
        int lo = 0;
        int hi = chunks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (chunks.get(mid).oldEnd() < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens of a text: their bounds, for a comparison of their contents. */
    private record Tokens(List<String> values, int[] starts, int length) {
        int start(int token) {
            return token < starts.length ? starts[token] : length;
        }
    }

    private static List<Chunk> compare(String before, String after, Tokens a, Tokens b) {
        List<Chunk> out = new ArrayList<>();
        // What is the same at both ends is kept as it is: a single correction is then exactly
        // the stretch that differs, and the comparison only looks at that stretch.
        int prefix = 0;
        int shorter = Math.min(a.values().size(), b.values().size());
        while (prefix < shorter && a.values().get(prefix).equals(b.values().get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < shorter - prefix && a.values().get(a.values().size() - 1 - suffix)
                .equals(b.values().get(b.values().size() - 1 - suffix))) {
            suffix++;
        }
        int oldToken = prefix;
        int newToken = prefix;
        if (prefix > 0) {
            out.add(new Chunk(0, a.start(prefix), 0, b.start(prefix), true));
        }
        List<String> oldMiddle = a.values().subList(prefix, a.values().size() - suffix);
        List<String> newMiddle = b.values().subList(prefix, b.values().size() - suffix);
        for (AbstractDelta<String> d : DiffUtils.diff(oldMiddle, newMiddle).getDeltas()) {
            int os = prefix + d.getSource().getPosition();
            int ns = prefix + d.getTarget().getPosition();
            if (os > oldToken) {
                out.add(new Chunk(a.start(oldToken), a.start(os), b.start(newToken), b.start(ns), true));
            }
            int oe = os + d.getSource().size();
            int ne = ns + d.getTarget().size();
            out.add(new Chunk(a.start(os), a.start(oe), b.start(ns), b.start(ne), false));
            oldToken = oe;
            newToken = ne;
        }
        if (oldToken < a.values().size()) {
            out.add(new Chunk(a.start(oldToken), before.length(), b.start(newToken), after.length(), true));
        }
        return out;
    }

    /** Words (runs of letters, digits and marks), runs of white space, and every other character alone. */
    private static Tokens tokens(String text) {
        List<String> values = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int j = i + Character.charCount(text.codePointAt(i));
            if (isWord(text, i)) {
                while (j < text.length() && isWord(text, j)) {
                    j += Character.charCount(text.codePointAt(j));
                }
            } else if (Character.isWhitespace(text.charAt(i))) {
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
            }
            values.add(text.substring(i, j));
            starts.add(i);
            i = j;
        }
        return new Tokens(values, starts.stream().mapToInt(Integer::intValue).toArray(), text.length());
    }

    private static Tokens chars(String text) {
        List<String> values = new ArrayList<>(text.length());
        int[] starts = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            values.add(String.valueOf(text.charAt(i)));
            starts[i] = i;
        }
        return new Tokens(values, starts, text.length());
    }

    static boolean isWord(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        if (Character.isLowSurrogate(text.charAt(i)) && i > 0) {
            cp = text.codePointAt(i - 1);
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static int wordStart(String text, int i) {
        int s = i;
        while (s > 0 && isWord(text, s - 1)) {
            s--;
        }
        return s;
    }

    private static int wordEnd(String text, int i) {
        int e = i;
        while (e < text.length() && isWord(text, e)) {
            e++;
        }
        return e;
    }
}
