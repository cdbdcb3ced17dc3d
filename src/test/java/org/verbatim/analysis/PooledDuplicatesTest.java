package org.verbatim.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.verbatim.model.Code;

/**
 * Pooling coders: a passage coded again by a later coder counts once, and the sweep that finds
 * such passages decides exactly as comparing every pair of segments would.
 */
class PooledDuplicatesTest {

    @Test
    void aPassageCodedAgainByALaterCoderCountsOnceAndOnlyWithinItsCode() {
        CodingData data = CodingData.builder()
                .codes(java.util.List.of(new Code(1, null, "Trust", "#000000", null, null),
                        new Code(2, null, "Doubt", "#000000", null, null)))
                .document(1, "a.txt", new int[] {0})
                .coder(1, "anna").coder(2, "boris").coder(3, "vera")
                .turn(1, 0, 100, null)
                .segment(1, 1, 1, 0, 10)    // anna, Trust
                .segment(1, 1, 2, 5, 15)    // boris overlaps anna: a second coding of her passage
                .segment(1, 1, 3, 12, 20)   // vera overlaps only boris's, which does not count
                .segment(1, 2, 2, 0, 10)    // boris, Doubt: another code, counts
                .segment(1, 1, 2, 30, 40)   // boris alone
                .build();
        boolean[] passes = {true, true, true, true, true};

        PooledDuplicates.drop(data, passes);

        assertThat(passes).containsExactly(passingInOrder(data, true, false, true, true, true));
    }

    @Test
    void theSweepDecidesAsComparingEveryPairWould() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            CodingData.Builder b = CodingData.builder()
                    .codes(java.util.List.of(new Code(1, null, "A", "#000000", null, null),
                            new Code(2, null, "B", "#000000", null, null), new Code(3, null, "C", "#000000", null, null)))
                    .coder(1, "c1").coder(2, "c2").coder(3, "c3").coder(4, "c4");
            for (int d = 1; d <= 3; d++) {
                b.document(d, "d" + d + ".txt", new int[] {0}).turn(d, 0, 200, null);
                int segments = random.nextInt(40);
                for (int s = 0; s < segments; s++) {
                    int start = random.nextInt(180);
                    b.segment(d, 1 + random.nextInt(3), 1 + random.nextInt(4), start, start + 1 + random.nextInt(30));
                }
            }
            CodingData data = b.build();
            boolean[] swept = new boolean[data.segmentCount()];
            for (int s = 0; s < swept.length; s++) {
                swept[s] = random.nextInt(5) > 0;
            }
            boolean[] pairwise = swept.clone();

            PooledDuplicates.drop(data, swept);
            everyPair(data, pairwise);

            assertThat(swept).as("round %d", round).containsExactly(pairwise);
        }
    }

    /** The expected passes, given in the order the segments were added (a single document keeps that order here). */
    private static boolean[] passingInOrder(CodingData data, boolean... expected) {
        assertThat(data.segmentCount()).isEqualTo(expected.length);
        boolean[] byIndex = new boolean[expected.length];
        int[] starts = {0, 5, 12, 0, 30};
        int[] codes = {0, 0, 0, 1, 0};
        for (int s = 0; s < expected.length; s++) {
            for (int i = 0; i < expected.length; i++) {
                if (data.segStart[s] == starts[i] && data.segCode[s] == codes[i]) {
                    byIndex[s] = expected[i];
                }
            }
        }
        return byIndex;
    }

    /** Every segment against every earlier-starting one of its document, as the first version did. */
    private static void everyPair(CodingData data, boolean[] passes) {
        for (int d = 0; d < data.documentNames.length; d++) {
            int from = data.documentSegmentFrom[d];
            int to = data.documentSegmentFrom[d + 1];
            for (int s = from; s < to; s++) {
                if (!passes[s]) {
                    continue;
                }
                for (int o = from; o < to && data.segStart[o] < data.segEnd[s]; o++) {
                    if (o != s && passes[o] && data.segCode[o] == data.segCode[s] && data.segCoder[o] < data.segCoder[s]
                            && data.segEnd[o] > data.segStart[s]) {
                        passes[s] = false;
                        break;
                    }
                }
            }
        }
    }
}
