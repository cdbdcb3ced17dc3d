package org.verbatim.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clock times transcripts and subtitles write, {@code h:mm:ss}, {@code hh:mm:ss} or
 * {@code mm:ss} with an optional {@code .mmm} or {@code ,mmm} fraction, and their value in
 * milliseconds.
 */
final class Timestamps {
    /** A timestamp as written in a transcript line, without brackets. */
    static final String CLOCK = "\\d{1,2}:[0-5]\\d(?::[0-5]\\d)?(?:[.,]\\d{1,3})?";

    /** A timestamp in square brackets or parentheses: {@code [00:12:31]}, {@code (12:31)}. */
    static final String BRACKETED = "(?:\\[" + CLOCK + "\\]|\\(" + CLOCK + "\\))";

    private static final Pattern PARTS = Pattern.compile(
            "[\\[(]?(?:(\\d+):)?(\\d+):(\\d{2})(?:[.,](\\d{1,3}))?[\\])]?");

    private Timestamps() {
    }

    /** Milliseconds since the start of the recording; the text may keep its brackets. */
    static long toMillis(String timestamp) {
        Matcher m = PARTS.matcher(timestamp.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a timestamp: " + timestamp);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        long millis = 0;
        if (m.group(4) != null) {
            // ".5" is half a second, so the fraction is padded on the right, not the left.
            String fraction = (m.group(4) + "00").substring(0, 3);
            millis = Long.parseLong(fraction);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }
}
