package org.verbatim.project;

/**
 * What coders are compared on. The units are fixed by the documents compared, whatever anyone
 * coded, so one code's figures never depend on the others.
 */
public enum AgreementUnit {
    /**
     * A speaker turn of a document compared: a coder applied a code to it when one of their
     * segments of that code overlaps it. A document without turns has no such units.
     */
    TURN,
    /**
     * A character of spoken text — inside a speaker turn, after its label, and not white space —
     * as NVivo's coding comparison counts; a document without turns counts every non-blank
     * character of its text.
     */
    CHARACTER
}
