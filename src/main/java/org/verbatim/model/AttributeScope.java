package org.verbatim.model;

/** What an attribute describes: a participant (city, age...) or a document (format, date...). */
public enum AttributeScope { PARTICIPANT, DOCUMENT }
