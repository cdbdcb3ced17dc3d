package org.verbatim.model;

import java.time.Instant;

/** A researcher's note attached to the project, a document, a code, a participant or a segment. */
public record Memo(long id, MemoTarget target, Long targetId, String title, String text, Instant updatedAt) {

    /** What a memo is attached to; {@code PROJECT} memos have no target id. */
    public enum MemoTarget { PROJECT, DOCUMENT, CODE, PARTICIPANT, SEGMENT }
}
