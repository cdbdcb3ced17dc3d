package org.verbatim.project;

/**
 * What two coders are compared on. Either way only the units that at least one of the two coded
 * with some code count, so the interviewer's questions and passages nobody coded do not inflate
 * agreement.
 */
public enum AgreementUnit {
    /** A speaker turn: a coder applied a code to it when one of their segments of that code overlaps it. */
    TURN,
    /** A character of the text, as NVivo's coding comparison counts. */
    CHARACTER
}
