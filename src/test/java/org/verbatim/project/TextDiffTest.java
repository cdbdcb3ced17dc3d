package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a segment goes when the words around or inside it change. */
class TextDiffTest {

    @ParameterizedTest(name = "[{0}] in \"{1}\" → \"{2}\" covers \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        // a boundary inside a replaced word moves to the edge of the replacement
        "vanov told     | I met Ivanov told me  | I met Ivanova told me  | Ivanova told",
        "Ivan           | I met Ivanov told me  | I met Petrov told me   | Petrov",
        // text inserted exactly at an edge stays outside the segment
        "Ivanov         | I met Ivanov today    | I met Mr Ivanov, today | Ivanov",
        // a word corrected inside the segment: the segment keeps the corrected word
        "met Ivanov     | I met Ivanov today    | I saw Ivanov today     | saw Ivanov",
        // two words of a changed phrase: the boundary between them is found by their characters
        "Ivanov         | Ivanov said so        | Ivanova says so        | Ivanova",
        "said           | Ivanov said so        | Ivanova says so        | says",
        // deleted words at the start: the space they leave is not taken in
        "big red dog    | the big red dog ran   | the red dog ran        | red dog",
    })
    void segmentFollowsItsWords(String segment, String before, String after, String expected) {
        int start = before.indexOf(segment);
        TextDiff diff = TextDiff.between(before, after);

        int[] mapped = diff.mapRange(start, start + segment.length()).orElseThrow();

        assertThat(after.substring(mapped[0], mapped[1])).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "I met Ivanov today              | I met Ivanova today             | Replaced \"Ivanov\" with \"Ivanova\"",
        "In the Concept of foreign policy | In the Foreign Policy Concept  | Replaced \"Concept of foreign policy\" with \"Foreign Policy Concept\"",
        "I met Ivanov today              | I met today                     | Deleted \"Ivanov \"",
        "I met today                     | I met Ivanov today              | Inserted \"Ivanov \"",
        "a b c d e                       | x b c d y                       | Corrected 2 places",
    })
    void theSummaryOfAChangeNamesTheWordsOrCountsThePlaces(String before, String after, String summary) {
        assertThat(Corrections.describe(before, after)).isEqualTo(summary);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ivanov    | I met Ivanov today | I met today",
        "Ivanov,   | I met Ivanov, today | I met today",
    })
    void aSegmentWhoseWordsAreAllDeletedHasNoPlaceLeft(String segment, String before, String after) {
        int start = before.indexOf(segment);
        TextDiff diff = TextDiff.between(before, after);

        assertThat(diff.mapRange(start, start + segment.length())).isEmpty();
    }
}
