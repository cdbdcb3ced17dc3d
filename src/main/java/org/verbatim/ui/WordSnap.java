package org.verbatim.ui;

/**
 * Widens a selection to whole words and drops the spaces at its edges, so a passage selected
 * a little carelessly with the mouse codes the words the user meant.
 */
final class WordSnap {
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
        return new TextRange(s, e);
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
