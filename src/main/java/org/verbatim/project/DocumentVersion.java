package org.verbatim.project;

import java.time.Instant;

/**
 * One version of a document's text: its number (1 is the text as imported), when it was
 * saved, by whom, what the change was, and its length in characters.
 */
public record DocumentVersion(int number, Instant savedAt, String editor, String summary, int length,
                              boolean current) { }
