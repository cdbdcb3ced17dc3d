package org.verbatim.project;

import java.util.List;

/** One document with its whole normalised text and its turns. */
public record DocumentDetail(DocumentSummary document, String text, List<TurnView> turns) { }
