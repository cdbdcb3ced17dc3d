package org.verbatim.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Who a participant is in the study. Analyses count respondents as participants — in
 * participant counts, denominators, shares and tests — and leave the others out unless asked
 * to count every role; segments coded on anyone's words still count as segments.
 */
public enum ParticipantRole {
    RESPONDENT, INTERVIEWER, MODERATOR, OBSERVER;

    /** The name as files, the command line and the window spell it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a label names, ignoring case and surrounding spaces. */
    public static ParticipantRole parse(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        for (ParticipantRole r : values()) {
            if (r.label().equals(wanted)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not a participant role (use " + labels() + ")");
    }

    public static String labels() {
        return Arrays.stream(values()).map(ParticipantRole::label).collect(Collectors.joining(", "));
    }
}
