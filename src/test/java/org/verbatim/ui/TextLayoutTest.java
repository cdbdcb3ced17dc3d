package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.verbatim.project.SegmentView;

/** Word snapping and how segments lie over the text (highlight runs, hover, stripes). */
class TextLayoutTest {
    private static final String TEXT = "Anna K.: I don't believe the so-called partners, honestly.";

    @ParameterizedTest(name = "[{0},{1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "12|18|don't believe",        // from inside "don't" to inside "believe"
        "8|17|I don't",              // leading space dropped, "don" widened to "don't"
        "33|38|so-called",           // inside a hyphenated word
        "25|26|the",                 // one letter
        "8|9|''",                    // only a space: nothing
    })
    void selectionsSnapToWholeWords(int start, int end, String expected) {
        TextRange r = WordSnap.snap(TEXT, start, end);
        assertThat(TEXT.substring(r.start(), r.end())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{1},{2}) of {0} → {3}")
    @CsvSource(delimiter = '|', value = {
        "I am the official here. (laughter) Yes.|24|32|(laughter)",    // "(laughte": the ")" comes along
        "I am the official here. (laughter) Yes.|26|34|(laughter)",    // "aughter)": the "(" comes along
        "He said «we will see» and left.|8|18|«we will see»",
        "He said \"we will see\" and left.|8|18|\"we will see\"",
        "Really (no) maybe.|0|6|Really",                                   // no bracket opened: none added
    })
    void bracketsAndQuotesOpenedInASelectionAreClosedInIt(String text, int start, int end, String expected) {
        TextRange r = WordSnap.snap(text, start, end);
        assertThat(text.substring(r.start(), r.end())).isEqualTo(expected);
    }

    @Test
    void backwardsSelectionsSnapToo() {
        TextRange r = WordSnap.snap(TEXT, 18, 12);
        assertThat(TEXT.substring(r.start(), r.end())).isEqualTo("don't believe");
    }

    private static SegmentView segment(long id, long codeId, String code, int start, int end) {
        return new SegmentView(id, 1, "doc", codeId, code, start, end, "anna", TEXT.substring(start, end), null,
                List.of(), Map.of(), Map.of(), Instant.EPOCH);
    }

    @Test
    void overlappingSegmentsSplitTheTextIntoRunsShortestFirst() {
        SegmentView wide = segment(1, 10, "Trust", 9, 49);
        SegmentView inner = segment(2, 20, "Partners", 40, 48);
        CodingLayers layers = new CodingLayers(TEXT, List.of(wide, inner));

        assertThat(layers.runs()).extracting(CodingLayers.Run::start, CodingLayers.Run::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 9), org.assertj.core.groups.Tuple.tuple(9, 40),
                        org.assertj.core.groups.Tuple.tuple(40, 48), org.assertj.core.groups.Tuple.tuple(48, 49),
                        org.assertj.core.groups.Tuple.tuple(49, TEXT.length()));
        assertThat(layers.runs().get(0).segments()).isEmpty();
        assertThat(layers.runs().get(2).segments()).containsExactly(inner, wide);
        assertThat(layers.at(42)).containsExactly(inner, wide);
        assertThat(layers.at(5)).isEmpty();
        assertThat(layers.overlapping(0, 10)).containsExactly(wide);
        assertThat(layers.column(wide)).isZero();
        assertThat(layers.column(inner)).isEqualTo(1);
        assertThat(layers.columnCount()).isEqualTo(2);
    }

    @Test
    void stripeColumnsAreSharedOnlyBySegmentsOnDifferentParagraphs() {
        String text = "A: one two three\nB: four five six\nC: seven eight nine\n";
        SegmentView first = segment(1, 10, "Trust", 3, 6);
        SegmentView sameLine = segment(2, 10, "Trust", 11, 16);
        SegmentView acrossTwo = segment(3, 20, "Partners", 14, 25);
        SegmentView later = segment(4, 30, "Fear", 37, 42);
        CodingLayers layers = new CodingLayers(text, List.of(first, sameLine, acrossTwo, later));

        // Two segments on one paragraph never share a column, even when their words do not overlap.
        assertThat(layers.column(first)).isZero();
        assertThat(layers.column(sameLine)).isEqualTo(1);
        assertThat(layers.column(acrossTwo)).isEqualTo(2);
        // The third paragraph is free again: its segment takes the first column.
        assertThat(layers.column(later)).isZero();
        assertThat(layers.columnCount()).isEqualTo(3);
    }
}
