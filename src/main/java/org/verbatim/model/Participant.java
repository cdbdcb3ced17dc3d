package org.verbatim.model;

import java.util.Map;

/**
 * A respondent, interviewer or moderator (a REFI-QDA case). {@code key} is the identifier
 * researchers use (e.g. {@code TMS-R03}); attribute values are keyed by attribute name.
 */
public record Participant(long id, String key, String name, Map<String, String> attributes) {

    public Participant {
        attributes = Map.copyOf(attributes);
    }
}
