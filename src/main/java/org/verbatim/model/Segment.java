package org.verbatim.model;

import java.time.Instant;

/**
 * A code applied to {@code [start, end)} of a document's text by a coder. {@code text} is the
 * text the range covered when the segment was made, so a check can prove the offsets still
 * point at the same words.
 */
public record Segment(long id, long documentId, long codeId, long coderId, int start, int end,
                      String text, String memo, Instant createdAt) { }
