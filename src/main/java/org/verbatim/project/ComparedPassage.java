package org.verbatim.project;

/**
 * A passage in a comparison's column: the segment with its speakers and context, how typical
 * it is of its code's passages (0 to 1), and whether it is marked as a quote for the report.
 */
public record ComparedPassage(RetrievedSegment passage, double typicality, boolean quote) {
    public long segmentId() {
        return passage.segment().id();
    }
}
