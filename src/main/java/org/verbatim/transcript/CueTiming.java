package org.verbatim.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a subtitle timing line, {@code 00:00:01.000 --> 00:00:04.000}, and gives the
 * cue's start time ({@link #read}). Hours are optional and the fraction may use a comma (SubRip) or a dot
 * (WebVTT); anything after the end time (WebVTT cue settings, SubRip coordinates) is ignored.
 * A line with an arrow that is not a well-formed timing is a timing gone wrong, not text: it
 * is read as a {@link Timing} with the reason, so the reader can report the cue instead of
 * dropping it.
 */
final class CueTiming {
    private static final String TIME = "(?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}";
    private static final Pattern LINE = Pattern.compile(
            "\\h*(?<start>" + TIME + ")\\h*-->\\h*(?<end>" + TIME + ")(?:\\h.*)?");
    private static final Pattern ARROW = Pattern.compile(".*\\d.*-->.*");
    private static final Pattern OVERFLOW = Pattern.compile("(?:.*:)?(\\d+):(\\d+)[.,]\\d+");

    private CueTiming() {
    }

    /**
     * A timing line as read: its start in milliseconds, or the reason it cannot be used.
     *
     * @param startMs the start, when {@code problem} is null
     * @param problem why the timing cannot be used, or null
     */
    record Timing(long startMs, String problem) {
        boolean usable() {
            return problem == null;
        }
    }

    /** The line read as a timing, or null when it is no timing line at all (no arrow). */
    static Timing read(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return ARROW.matcher(line).matches()
                    ? new Timing(0, "its timing line '" + line.strip() + "' cannot be read") : null;
        }
        String start = m.group("start");
        String end = m.group("end");
        if (overflows(start) || overflows(end)) {
            return new Timing(0, "its timing line '" + line.strip() + "' holds an impossible time (minutes or seconds"
                    + " past 59)");
        }
        long startMs = Timestamps.toMillis(start);
        if (Timestamps.toMillis(end) < startMs) {
            return new Timing(0, "it ends (" + end + ") before it starts (" + start + ")");
        }
        return new Timing(startMs, null);
    }

    private static boolean overflows(String time) {
        Matcher m = OVERFLOW.matcher(time);
        return m.matches() && (Integer.parseInt(m.group(1)) > 59 || Integer.parseInt(m.group(2)) > 59);
    }
}
