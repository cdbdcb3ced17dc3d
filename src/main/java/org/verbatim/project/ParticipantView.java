package org.verbatim.project;

import java.util.Map;
import org.verbatim.model.ParticipantRole;

/** A participant with their role, the number of documents they speak in and their attributes. */
public record ParticipantView(long id, String key, String name, ParticipantRole role, long documents,
                              Map<String, String> attributes) { }
