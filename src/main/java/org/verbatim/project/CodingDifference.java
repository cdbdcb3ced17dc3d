package org.verbatim.project;

/**
 * A passage where two coders coded one code differently: only the first coded it, only the
 * second, or both with different bounds. {@code [start, end)} spans every segment of either
 * coder in the passage; {@code first} and {@code second} are the words each coder's segments
 * cover there ("" where that coder did not code it), and {@code speaker} is the label of the
 * turn where the passage begins ("" in a document without turns).
 */
public record CodingDifference(long documentId, String document, String code, String speaker, Kind kind,
                               int start, int end, String first, String second) {

    /** How the two codings differ. */
    public enum Kind {
        FIRST_ONLY, SECOND_ONLY, DIFFERENT_BOUNDS
    }
}
