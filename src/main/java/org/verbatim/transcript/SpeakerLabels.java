package org.verbatim.transcript;

/**
 * What a speaker label looks like, shared by the plain-text and subtitle readers.
 *
 * <p>A label is one to four words; the first starts with an uppercase Latin or Cyrillic letter
 * and each further word with such a letter or a digit, so "Interviewer", "R3", "Participant 3",
 * "Dmitry K." and "Ольга С." qualify while prose such as "The problem is this" does not. It is
 * at most {@value #MAX_LENGTH} characters. The colon after it is matched by the callers, which
 * also require whitespace or the end of the line after the colon so that "10:30" or "http://"
 * never end a label.
 */
final class SpeakerLabels {
    static final int MAX_LENGTH = 40;

    private static final String UPPER = "[\\p{IsLatin}\\p{IsCyrillic}&&\\p{Lu}]";
    private static final String WORD_REST = "[\\p{L}\\p{M}\\p{Nd}.'’\\-]*";

    /** The label text itself, without a colon. */
    static final String LABEL = UPPER + WORD_REST + "(?: (?:" + UPPER + "|\\p{Nd})" + WORD_REST + "){0,3}";

    private SpeakerLabels() {
    }

    /** Whether a text matched by {@link #LABEL} is short enough to be a label. */
    static boolean isAcceptable(String label) {
        return label != null && label.length() <= MAX_LENGTH;
    }
}
