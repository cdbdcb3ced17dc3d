package org.verbatim.project;

import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting as researchers expect it: runs of letters and digits, in any script. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    /** Where each word of {@code text} in {@code [from, to)} starts, as offsets into {@code text}. */
    static void starts(CharSequence text, int from, int to, IntConsumer starts) {
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            starts.accept(m.start());
        }
    }

    public static int count(CharSequence text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
