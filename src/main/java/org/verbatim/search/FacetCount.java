package org.verbatim.search;

/** Hits and matching turns with one value of an attribute; a null value counts turns without one. */
public record FacetCount(String value, long hits, long turns) { }
