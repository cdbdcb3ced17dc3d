package org.verbatim.project;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A segment as listed and exported: where it is, its code path, its coder, the text it covers,
 * and the participants whose turns it overlaps with their attributes.
 */
public record SegmentView(long id, long documentId, String document, long codeId, String code, int start, int end,
                          String coder, String text, String memo, List<String> participants,
                          Map<String, String> participantAttributes, Map<String, String> documentAttributes,
                          Instant createdAt) { }
