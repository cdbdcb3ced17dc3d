package org.verbatim.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a subtitle timing line, {@code 00:00:01.000 --> 00:00:04.000}, and gives the
 * cue's start time. Hours are optional and the fraction may use a comma (SubRip) or a dot
 * (WebVTT); anything after the end time (WebVTT cue settings, SubRip coordinates) is ignored.
 */
final class CueTiming {
    private static final String TIME = "(?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern LINE = Pattern.compile(
            "\\h*(?<start>" + TIME + ")\\h*-->\\h*" + TIME + "(?:\\h.*)?");

    private CueTiming() {
    }

    /** The start time in milliseconds, or null if the line is not a timing line. */
    static Long startOf(String line) {
        Matcher m = LINE.matcher(line);
        return m.matches() ? Timestamps.toMillis(m.group("start")) : null;
    }
}
