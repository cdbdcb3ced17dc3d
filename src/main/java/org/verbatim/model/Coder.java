package org.verbatim.model;

/** A person who codes; every segment records its coder, for inter-coder agreement. */
public record Coder(long id, String name) { }
