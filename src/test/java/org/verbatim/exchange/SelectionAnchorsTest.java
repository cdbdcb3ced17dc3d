package org.verbatim.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.verbatim.exchange.RefiProject.Selection;

/**
 * Selections written by tools that count positions differently land on the same words of the
 * normalised text; a selection that fits no way of counting is left out with its reason.
 */
class SelectionAnchorsTest {
    private static final String WORDS = "Интервью 1 😀 in Tomsk\r\nR: Мы работаем 😀 с Китаем.\r\nI: Спасибо.\r\n";
    private static final String NORMALISED = WORDS.replace("\r\n", "\n");

    /** Where {@code words} start and end in {@code text}, counted as a tool would. */
    private static long[] positions(String text, String words, boolean codePoints) {
        int from = text.indexOf(words);
        int to = from + words.length();
        return codePoints ? new long[] {text.codePointCount(0, from), text.codePointCount(0, to)}
                : new long[] {from, to};
    }

    private static List<Selection> selections(String text, boolean codePoints, String... quotes) {
        List<Selection> out = new ArrayList<>();
        for (int i = 0; i < quotes.length; i++) {
            long[] p = positions(text, quotes[i], codePoints);
            out.add(new Selection("s" + i, "", p[0], p[1], null, null, List.of(), List.of()));
        }
        return out;
    }

    private static List<String> placed(String raw, List<Selection> selections) {
        SelectionAnchors.Result r = SelectionAnchors.anchor(raw, NORMALISED, selections);
        List<String> out = new ArrayList<>();
        for (Selection s : selections) {
            SelectionAnchors.Anchor a = r.anchors().get(s.guid());
            out.add(a.placed() ? NORMALISED.substring(a.start(), a.end()) : "NOT PLACED: " + a.unplacedReason());
        }
        return out;
    }

    private static final String[] QUOTES = {"Мы работаем 😀 с Китаем.", "Спасибо.", "in Tomsk"};

    @Test
    void codePointsOverTheFileWithCrlfAsTwoAsTheStandardSays() {
        assertThat(placed(WORDS, selections(WORDS, true, QUOTES))).containsExactly(QUOTES);
    }

    @Test
    void utf16UnitsWithCrlfAsTwoAsNvivoForWindowsCountsBehindAByteOrderMark() {
        String raw = "\uFEFF" + WORDS;
        assertThat(placed(raw, selections(WORDS, false, QUOTES))).containsExactly(QUOTES);
    }

    @Test
    void crlfAsOneAsAtlasTiCounts() {
        assertThat(placed(WORDS, selections(NORMALISED, true, QUOTES))).containsExactly(QUOTES);
        assertThat(placed(WORDS, selections(NORMALISED, false, QUOTES))).containsExactly(QUOTES);
    }

    @Test
    void aCountedByteOrderMarkShiftsEveryPositionByOne() {
        String raw = "\uFEFF" + WORDS;
        assertThat(placed(raw, selections(raw, true, QUOTES))).containsExactly(QUOTES);
    }

    @Test
    void aNameThatIsTheQuotedTextDecidesEvenForOneSelection() {
        long[] p = positions(NORMALISED, "Китаем", true);
        Selection named = new Selection("n", "Китаем", p[0], p[1], null, null, List.of(), List.of());
        assertThat(placed(WORDS, List.of(named))).containsExactly("Китаем");
        Selection truncated = new Selection("t", "Мы работаем…", positions(WORDS, QUOTES[0], true)[0],
                positions(WORDS, QUOTES[0], true)[1], null, null, List.of(), List.of());
        assertThat(placed(WORDS, List.of(truncated))).containsExactly(QUOTES[0]);
    }

    @Test
    void positionsOutsideTheTextOrBackwardsAreNotPlaced() {
        List<Selection> bad = List.of(new Selection("a", "", 10, 5000, null, null, List.of(), List.of()),
                new Selection("b", "", 8, 3, null, null, List.of(), List.of()),
                new Selection("c", "", 4, 4, null, null, List.of(), List.of()));
        assertThat(placed(WORDS, bad)).satisfiesExactly(
                a -> assertThat(a).contains("lie outside the text"),
                b -> assertThat(b).contains("starts (8) after it ends (3)"),
                c -> assertThat(c).contains("selects no text"));
    }
}
