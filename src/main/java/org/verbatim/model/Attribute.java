package org.verbatim.model;

/** A named, typed attribute of participants or of documents. */
public record Attribute(long id, String name, AttributeScope scope, AttributeType type) { }
