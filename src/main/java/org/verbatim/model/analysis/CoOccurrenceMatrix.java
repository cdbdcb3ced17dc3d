package org.verbatim.model.analysis;

import java.util.List;

/**
 * Codes by codes: {@code counts[i][j]} is how often codes i and j co-occur, {@code jaccard[i][j]}
 * that count over the units having either code ({@code n_i + n_j - count}), from 0 (never
 * together) to 1 (always together). {@code totals[i]} is code i's own number of units —
 * segments for {@code overlap}, turns or documents otherwise — and is what the diagonal shows.
 * For {@code overlap} a count is the number of pairs of overlapping segments, one of each code
 * (the Jaccard figure is then the c-coefficient of ATLAS.ti). {@code coding} says which coders'
 * coding was counted.
 */
public record CoOccurrenceMatrix(CoOccurrenceScope scope, List<String> codes, long[] totals, long[][] counts,
                                 double[][] jaccard, String coding) { }
