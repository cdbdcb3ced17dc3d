package org.verbatim.project;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a quoted passage in a document's text. An exact match is tried first; failing that,
 * runs of white space in the quote match any white space, since quotes copied from a page
 * rarely keep the transcript's line breaks.
 */
final class QuoteLocator {
    private QuoteLocator() {
    }

    /** {@code [start, end)} of each occurrence, in text order. */
    static List<int[]> find(String text, String quote) {
        String q = Normalizer.normalize(quote.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
        List<int[]> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
            out.add(new int[] {i, i + q.length()});
        }
        if (out.isEmpty()) {
            StringBuilder regex = new StringBuilder();
            for (String part : q.split("\\s+")) {
                if (regex.length() > 0) {
                    regex.append("\\s+");
                }
                regex.append(Pattern.quote(part));
            }
            Matcher m = Pattern.compile(regex.toString()).matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
