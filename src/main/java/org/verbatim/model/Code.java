package org.verbatim.model;

/**
 * A code of the codebook. {@code parentId} is null for a top-level code; {@code color} is
 * {@code #RRGGBB}. The description holds the definition, when to use it, when not, an example.
 */
public record Code(long id, Long parentId, String name, String color, String description, String shortcut) { }
