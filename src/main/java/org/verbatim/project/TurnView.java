package org.verbatim.project;

/** A turn as shown: speaker label, mapped participant key (null if unmapped), time, range and words. */
public record TurnView(int index, String speaker, String participant, Long timestampMs, int start, int end,
                       String text) { }
