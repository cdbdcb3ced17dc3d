package org.verbatim.project;

/** A speaker label of one document, its number of turns and the participant it maps to (null: unmapped). */
public record SpeakerView(String document, String speaker, int turns, String participant) { }
