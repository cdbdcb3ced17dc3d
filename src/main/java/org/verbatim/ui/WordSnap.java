package org.verbatim.ui;

/**
 * Widens a selection to whole words and drops the spaces at its edges, so a passage selected
 * a little carelessly with the mouse codes the words the user meant. A bracket or quote opened
 * inside the selection is closed inside it too ("(laughter)", "«yes»"), and the other way round.
 */
final class WordSnap {
    /** Opening marks and, at the same index, the mark that closes each. */
    private static final String OPENERS = "([{“«‘\"";
    private static final String CLOSERS = ")]}”»’\"";

    private WordSnap() {
    }

    /** The snapped range, or an empty range when the selection holds no word at all. */
    static TextRange snap(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, end));
        int e = Math.min(text.length(), Math.max(start, end));
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return new TextRange(s, s);
        }
        while (s > 0 && isWordChar(text, s - 1) && isWordChar(text, s)) {
            s--;
        }
        while (e < text.length() && isWordChar(text, e) && isWordChar(text, e - 1)) {
            e++;
        }
        return paired(text, s, e);
    }

    /** The range with the closing marks of the marks it opens, and the opening marks of those it closes. */
    private static TextRange paired(String text, int s, int e) {
        for (int pair = 0; pair < OPENERS.length(); pair++) {
            char open = OPENERS.charAt(pair);
            char close = CLOSERS.charAt(pair);
            if (open == close) {
                // A straight quote both opens and closes: an odd count inside is completed on the side it lacks.
                if (count(text, s, e, open) % 2 == 1) {
                    if (text.charAt(s) == open && e < text.length() && text.charAt(e) == close) {
                        e++;
                    } else if (text.charAt(e - 1) == close && s > 0 && text.charAt(s - 1) == open) {
                        s--;
                    }
                }
                continue;
            }
            int unclosed = count(text, s, e, open) - count(text, s, e, close);
            while (unclosed > 0 && e < text.length() && text.charAt(e) == close) {
                e++;
                unclosed--;
            }
            while (unclosed < 0 && s > 0 && text.charAt(s - 1) == open) {
                s--;
                unclosed++;
            }
        }
        return new TextRange(s, e);
    }

    private static int count(String text, int from, int to, char mark) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == mark) {
                n++;
            }
        }
        return n;
    }

    /** Letters, digits and the apostrophes and hyphens inside words ("don't", "so-called"). */
    private static boolean isWordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '\'' || c == '’' || c == '-';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }
}
