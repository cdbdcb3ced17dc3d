package org.verbatim.project;

/** Hits and matching turns with one value of an attribute; a null value stands for turns without one. */
public record FacetView(String value, long hits, long turns) { }
