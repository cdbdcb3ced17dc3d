package org.verbatim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: how a tool without an index searches — a {@code java.util.regex} scan of every
 * document's stored text, counting every match and cutting keyword-in-context lines for the
 * first {@code limit}. The texts are handed over already read, which only flatters the baseline.
 */
final class RegexScan {
    /** A document's text and the value of its {@code city} attribute. */
    record Text(String city, String text) { }

    /** What a scan found: all matches counted, and the first lines. */
    record Found(long matches, List<String> lines) { }

    private RegexScan() {
    }

    static Found scan(List<Text> texts, Pattern pattern, String city, int limit, int context) {
        long matches = 0;
        List<String> lines = new ArrayList<>();
        for (Text t : texts) {
            if (city != null && !city.equals(t.city())) {
                continue;
            }
            Matcher m = pattern.matcher(t.text());
            while (m.find()) {
                matches++;
                if (lines.size() < limit) {
                    String s = t.text();
                    lines.add(s.substring(Math.max(0, m.start() - context), m.start()) + "[" + m.group() + "]"
                            + s.substring(m.end(), Math.min(s.length(), m.end() + context)));
                }
            }
        }
        return new Found(matches, lines);
    }
}
