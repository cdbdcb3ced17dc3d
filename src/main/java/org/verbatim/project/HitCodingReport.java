package org.verbatim.project;

import java.util.List;

/**
 * What coding search hits did: the code and coder, how many hits were coded, how many
 * segments that made, how many passages were already coded with that code by that coder (and
 * so left alone), the code paths that had to be created, and the ids of the segments made (so
 * the window can undo them).
 */
public record HitCodingReport(String code, String coder, int hits, int created, int alreadyCoded,
                              List<String> createdCodes, List<Long> createdSegments) {
    public HitCodingReport {
        createdCodes = List.copyOf(createdCodes);
        createdSegments = List.copyOf(createdSegments);
    }
}
