package org.verbatim.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word counting as researchers expect it: runs of letters and digits, in any script. */
public final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
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
