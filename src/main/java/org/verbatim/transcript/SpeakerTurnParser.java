package org.verbatim.transcript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds speaker turns in the text of a .txt, .md or .docx transcript.
 *
 * <p>A line that starts with a speaker label followed by a colon starts a turn; a line without
 * one continues the current turn. Text before the first label belongs to no turn. A timestamp
 * may come before the label ({@code [00:12:31] R3:}, {@code (00:12:31) R3:},
 * {@code 00:12:31 R3:}), between label and colon ({@code R3 [00:12:31]:}) or right after the
 * colon ({@code R3: [00:12:31]}); after the label only the bracketed forms count, so a time
 * mentioned at the start of an answer is not taken for one. Markdown bold labels
 * ({@code **R3:**}, {@code **R3**:}) count too. See {@link SpeakerLabels} for what a label is.
 *
 * <p>A turn covers its words: from the first character after the label, colon, timestamp and
 * whitespace to the end of its last non-blank line, trailing whitespace excluded. A label
 * alone on its line starts a turn whose words begin on the next non-blank line; a label with
 * no words at all gives an empty turn positioned just after the label.
 */
final class SpeakerTurnParser {
    private static final String BARE_OR_BRACKETED = "(?:" + Timestamps.BRACKETED + "|" + Timestamps.CLOCK + ")";
    private static final String LABEL = SpeakerLabels.LABEL;
    private static final String BRACKETED = Timestamps.BRACKETED;

    private static final Pattern LABEL_LINE = Pattern.compile(
            "\\h*"
            + "(?:(?<tsBefore>" + BARE_OR_BRACKETED + ")\\h+)?"
            + "(?:"
            + "\\*\\*(?<boldLabel>" + LABEL + ")(?:\\h+(?<tsInBold>" + BRACKETED + "))?"
            + "(?::\\*\\*|\\*\\*(?:\\h+(?<tsAfterBold>" + BRACKETED + "))?:)"
            + "|"
            + "(?<label>" + LABEL + ")(?:\\h+(?<tsBeforeColon>" + BRACKETED + "))?:"
            + ")"
            + "(?=\\h|$)"
            + "(?:\\h+(?<tsAfterColon>" + BRACKETED + ")(?=\\h|$))?"
            + "\\h*");

    private static final String[] TIMESTAMP_GROUPS = {"tsBefore", "tsInBold", "tsAfterBold", "tsBeforeColon", "tsAfterColon"};

    private SpeakerTurnParser() {
    }

    static List<ParsedTurn> parse(String text) {
        return parse(text, Integer.MAX_VALUE - 1);
    }

    /**
     * As {@link #parse(String)}, but stops looking once more than {@code maxTurns} turns are
     * found (the list then holds {@code maxTurns + 1}): a file with too many is refused, and
     * collecting millions of turns first would cost the memory the limit is there to save.
     */
    static List<ParsedTurn> parse(String text, int maxTurns) {
        List<ParsedTurn> turns = new ArrayList<>();
        // One String per label, not one per turn: a transcript has few speakers and may have a million turns.
        Map<String, String> labels = new HashMap<>();
        Matcher matcher = LABEL_LINE.matcher(text);
        OpenTurn open = null;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            matcher.region(lineStart, lineEnd);
            String label = matcher.lookingAt() ? labelOf(matcher) : null;
            if (label != null) {
                if (open != null) {
                    turns.add(open.close());
                    if (turns.size() > maxTurns) {
                        return turns;
                    }
                }
                open = new OpenTurn(labels.computeIfAbsent(label, l -> l), timestampOf(matcher), trimEnd(text, lineStart, matcher.end()));
                open.addWords(matcher.end(), trimEnd(text, matcher.end(), lineEnd));
            } else if (open != null) {
                open.addWords(skipWhitespace(text, lineStart, lineEnd), trimEnd(text, lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        if (open != null) {
            turns.add(open.close());
        }
        return turns;
    }

    private static String labelOf(Matcher m) {
        String label = m.group("label") != null ? m.group("label") : m.group("boldLabel");
        return SpeakerLabels.isAcceptable(label) ? label : null;
    }

    private static Long timestampOf(Matcher m) {
        for (String group : TIMESTAMP_GROUPS) {
            String ts = m.group(group);
            if (ts != null) {
                return Timestamps.toMillis(ts);
            }
        }
        return null;
    }

    private static int skipWhitespace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A turn whose end is not known yet because continuation lines may follow. */
    private static final class OpenTurn {
        private final String speaker;
        private final Long timestampMs;
        private final int afterLabel;
        private int start = -1;
        private int end = -1;

        OpenTurn(String speaker, Long timestampMs, int afterLabel) {
            this.speaker = speaker;
            this.timestampMs = timestampMs;
            this.afterLabel = afterLabel;
        }

        /** Adds the words in {@code [from, to)} of one line; a blank line (from >= to) adds nothing. */
        void addWords(int from, int to) {
            if (from >= to) {
                return;
            }
            if (start < 0) {
                start = from;
            }
            end = to;
        }

        ParsedTurn close() {
            return start < 0
                    ? new ParsedTurn(speaker, timestampMs, afterLabel, afterLabel)
                    : new ParsedTurn(speaker, timestampMs, start, end);
        }
    }
}
