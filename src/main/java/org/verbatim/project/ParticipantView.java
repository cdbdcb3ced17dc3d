package org.verbatim.project;

import java.util.Map;

/** A participant with the number of documents they speak in and their attributes. */
public record ParticipantView(long id, String key, String name, long documents, Map<String, String> attributes) { }
