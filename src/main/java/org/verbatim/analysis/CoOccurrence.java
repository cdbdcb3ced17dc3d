package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;

/** Computes a {@link CoOccurrenceMatrix} for a set of codes. */
public final class CoOccurrence {
    private CoOccurrence() {
    }

    public static CoOccurrenceMatrix of(CodingData data, AnalysisFilter filter, int[] codes, boolean withSubcodes,
                                        CoOccurrenceScope scope) {
        Selection selection = new Selection(data, filter);
        int n = codes.length;
        long[] totals = new long[n];
        long[][] counts = new long[n][n];
        if (scope == CoOccurrenceScope.OVERLAP) {
            long[] own = new long[data.codeCount()];
            long[][] pairs = overlappingPairs(data, selection, own);
            for (int i = 0; i < n; i++) {
                int[] a = Rows.membersOf(data, codes[i], withSubcodes);
                totals[i] = selection.passing(codes[i], withSubcodes).length;
                for (int j = 0; j < n; j++) {
                    counts[i][j] = i == j ? totals[i]
                            : pairsBetween(pairs, own, a, Rows.membersOf(data, codes[j], withSubcodes));
                }
            }
        } else {
            List<UnitSet> units = new ArrayList<>();
            for (int code : codes) {
                units.add(unitsOf(data, selection.passing(code, withSubcodes), scope));
            }
            for (int i = 0; i < n; i++) {
                totals[i] = units.get(i).size();
                for (int j = 0; j < n; j++) {
                    counts[i][j] = i == j ? totals[i] : units.get(i).common(units.get(j));
                }
            }
        }
        double[][] jaccard = new double[n][n];
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            paths.add(data.codePaths[codes[i]]);
            for (int j = 0; j < n; j++) {
                long either = i == j ? totals[i] : totals[i] + totals[j] - counts[i][j];
                jaccard[i][j] = either <= 0 ? 0 : (double) counts[i][j] / either;
            }
        }
        return new CoOccurrenceMatrix(scope, paths, totals, counts, jaccard, CodingCounted.describe(data, filter));
    }

    private static UnitSet unitsOf(CodingData data, int[] segments, CoOccurrenceScope scope) {
        boolean turns = scope == CoOccurrenceScope.TURN;
        UnitSet set = new UnitSet(turns ? data.turnStart.length : data.documentNames.length);
        for (int s : segments) {
            if (turns) {
                for (int t = data.segTurnFrom[s]; t < data.segTurnTo[s]; t++) {
                    set.add(t);
                }
            } else {
                set.add(data.segDocument[s]);
            }
        }
        return set;
    }

    /**
     * For every pair of codes, the number of pairs of passing segments that overlap: one sweep
     * per document over segments in start order, keeping those still open. {@code pairs[a][b]}
     * and {@code pairs[b][a]} both hold a pair of different codes; a pair of one code is
     * counted once, in {@code pairs[a][a]}. {@code own} receives each code's passing segments.
     */
    private static long[][] overlappingPairs(CodingData data, Selection selection, long[] own) {
        int codes = data.codeCount();
        long[][] pairs = new long[codes][codes];
        int[] open = new int[64];
        for (int d = 0; d < data.documentNames.length; d++) {
            int openCount = 0;
            for (int s = data.documentSegmentFrom[d]; s < data.documentSegmentFrom[d + 1]; s++) {
                if (!selection.passes(s)) {
                    continue;
                }
                own[data.segCode[s]]++;
                int kept = 0;
                for (int k = 0; k < openCount; k++) {
                    int o = open[k];
                    if (data.segEnd[o] > data.segStart[s]) {
                        open[kept++] = o;
                        int a = data.segCode[o];
                        int b = data.segCode[s];
                        pairs[a][b]++;
                        if (a != b) {
                            pairs[b][a]++;
                        }
                    }
                }
                openCount = kept;
                if (openCount == open.length) {
                    open = Arrays.copyOf(open, openCount * 2);
                }
                open[openCount++] = s;
            }
        }
        return pairs;
    }

    /**
     * The pairs (a, b) of overlapping segments with a among codes {@code a} and b among codes
     * {@code b}, as the documented rule reads: when the sets share a code (a code and its own
     * sub-code), a segment of it is in both and pairs with itself, and two of its segments that
     * overlap pair both ways.
     */
    private static long pairsBetween(long[][] pairs, long[] own, int[] a, int[] b) {
        long sum = 0;
        for (int x : a) {
            for (int y : b) {
                sum += x == y ? 2 * pairs[x][x] + own[x] : pairs[x][y];
            }
        }
        return sum;
    }
}
