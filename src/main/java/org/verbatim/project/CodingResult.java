package org.verbatim.project;

import java.util.List;

/** The segment made, and the code paths that were created for it because they did not exist. */
public record CodingResult(SegmentView segment, List<String> createdCodes) { }
