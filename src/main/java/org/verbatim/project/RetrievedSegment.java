package org.verbatim.project;

import java.util.List;

/**
 * A segment as retrieval shows it: the segment with its participants and their attributes, the
 * speaker labels of the turns it overlaps, and up to N characters of text on either side.
 */
public record RetrievedSegment(SegmentView segment, List<String> speakers, String before, String after) { }
