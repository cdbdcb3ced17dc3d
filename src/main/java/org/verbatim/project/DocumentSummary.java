package org.verbatim.project;

import java.util.Map;

/** A document as listed: what was detected at import, its size, its coding and its attributes. */
public record DocumentSummary(long id, String name, String format, String language, String encoding,
                              int turns, int words, int segments, Map<String, String> attributes) { }
