package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerTurnParserTest {

    static Stream<Arguments> labelledLines() {
        return Stream.of(
                Arguments.of("Interviewer: So, tell me.", "Interviewer", null, "So, tell me."),
                Arguments.of("R3: Yes, of course.", "R3", null, "Yes, of course."),
                Arguments.of("Anna Petrova: Hello.", "Anna Petrova", null, "Hello."),
                Arguments.of("Dmitry K.: Okay.", "Dmitry K.", null, "Okay."),
                Arguments.of("Participant 3: Fine, thanks.", "Participant 3", null, "Fine, thanks."),
                Arguments.of("Интервьюер: Расскажите о себе.", "Интервьюер", null, "Расскажите о себе."),
                Arguments.of("Ольга С.: Хорошо.", "Ольга С.", null, "Хорошо."),
                Arguments.of("Q: Why?", "Q", null, "Why?"),
                Arguments.of("A: Because.", "A", null, "Because."),
                Arguments.of("Jean-Luc O'Brien: Hi.", "Jean-Luc O'Brien", null, "Hi."),
                Arguments.of("Interviewer:\tTabbed words", "Interviewer", null, "Tabbed words"),
                Arguments.of("Interviewer:   spaced words   ", "Interviewer", null, "spaced words"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledLines")
    void lineStartingWithALabelStartsATurnCoveringTheWordsAfterIt(String line, String speaker, Long ts, String words) {
        List<ParsedTurn> turns = SpeakerTurnParser.parse(line);

        assertThat(turns).hasSize(1);
        assertTurn(line, turns.get(0), speaker, ts, words);
    }

    static Stream<Arguments> timestampedLines() {
        return Stream.of(
                Arguments.of("[00:12:31] Interviewer: text here", "Interviewer", 751_000L),
                Arguments.of("(00:12:31) R3: text here", "R3", 751_000L),
                Arguments.of("Interviewer [00:12:31]: text here", "Interviewer", 751_000L),
                Arguments.of("Interviewer (00:12:31): text here", "Interviewer", 751_000L),
                Arguments.of("Interviewer: [00:12:31] text here", "Interviewer", 751_000L),
                Arguments.of("Interviewer: (00:12:31) text here", "Interviewer", 751_000L),
                Arguments.of("00:12:31 Interviewer: text here", "Interviewer", 751_000L),
                Arguments.of("[1:02:03] R3: text here", "R3", 3_723_000L),
                Arguments.of("[12:31] R3: text here", "R3", 751_000L),
                Arguments.of("12:31 R3: text here", "R3", 751_000L),
                Arguments.of("[00:12:31.250] R3: text here", "R3", 751_250L),
                Arguments.of("[00:12:31,5] R3: text here", "R3", 751_500L),
                Arguments.of("[00:00:03] Dmitry K.: text here", "Dmitry K.", 3_000L),
                Arguments.of("[00:01:02] Интервьюер: text here", "Интервьюер", 62_000L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timestampedLines")
    void labelWithTimestampBeforeOrAfterItStartsATurnWithThatTime(String line, String speaker, long ts) {
        List<ParsedTurn> turns = SpeakerTurnParser.parse(line);

        assertThat(turns).hasSize(1);
        assertTurn(line, turns.get(0), speaker, ts, "text here");
    }

    static Stream<Arguments> markdownBoldLabels() {
        return Stream.of(
                Arguments.of("**Interviewer:** So, tell me.", "Interviewer", null),
                Arguments.of("**Interviewer**: So, tell me.", "Interviewer", null),
                Arguments.of("**Anna Petrova:** So, tell me.", "Anna Petrova", null),
                Arguments.of("[00:00:05] **R3:** So, tell me.", "R3", 5_000L),
                Arguments.of("**R3** [00:00:05]: So, tell me.", "R3", 5_000L),
                Arguments.of("**R3 [00:00:05]:** So, tell me.", "R3", 5_000L),
                Arguments.of("**Ольга С.:** So, tell me.", "Ольга С.", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownBoldLabels")
    void markdownBoldLabelIsReportedWithoutAsterisks(String line, String speaker, Long ts) {
        List<ParsedTurn> turns = SpeakerTurnParser.parse(line);

        assertThat(turns).hasSize(1);
        assertTurn(line, turns.get(0), speaker, ts, "So, tell me.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The problem is this: we never had the time.",
            "So the answer was: no.",
            "Note that: nobody came.",
            "We met At 10:30: it was raining.",
            "See http://example.org for details.",
            "The ratio was 3:1 in the end.",
            "Interviewer:no space after the colon",
            "One Two Three Four Five: five words are too many",
            "Abcdefghijabcdefghij Abcdefghijabcdefghij1: longer than forty characters",
            "interviewer: lowercase first letter",
            "12:31 the time alone is not a label",
            "[00:12:31] no label after the time either",
            "- Interviewer: a list item is not a label line",
            "Ἀθηνᾶ: a Greek name is outside the Latin and Cyrillic labels"})
    void proseWithAColonIsNotMistakenForALabel(String line) {
        assertThat(SpeakerTurnParser.parse(line)).isEmpty();
    }

    @Test
    void linesWithoutALabelContinueTheCurrentTurnUpToItsLastNonBlankLine() {
        String text = "Interviewer: First question,\n"
                + "which goes on here.\n"
                + "\n"
                + "R1: The answer\n"
                + "   spans two lines.   \n"
                + "\n\n";

        List<ParsedTurn> turns = SpeakerTurnParser.parse(text);

        assertThat(turns).hasSize(2);
        assertTurn(text, turns.get(0), "Interviewer", null, "First question,\nwhich goes on here.");
        assertTurn(text, turns.get(1), "R1", null, "The answer\n   spans two lines.");
    }

    @Test
    void textBeforeTheFirstLabelBelongsToNoTurn() {
        String text = "Tomsk, in-depth interview TOM-02, 20 March 2012\n"
                + "Translated from Russian; pseudonymised.\n\n"
                + "[00:00:03] Interviewer: We can start.";

        List<ParsedTurn> turns = SpeakerTurnParser.parse(text);

        assertThat(turns).hasSize(1);
        assertTurn(text, turns.get(0), "Interviewer", 3_000L, "We can start.");
    }

    @Test
    void textWithoutLabelsHasNoTurns() {
        assertThat(SpeakerTurnParser.parse("Just some notes.\nNo speakers here, really.\n")).isEmpty();
    }

    @Test
    void labelAloneOnItsLineStartsATurnWhoseWordsBeginOnTheNextNonBlankLine() {
        String text = "Moderator:\n\n   Welcome, everyone.\nLet us begin.\nR1: Hello.";

        List<ParsedTurn> turns = SpeakerTurnParser.parse(text);

        assertThat(turns).hasSize(2);
        assertTurn(text, turns.get(0), "Moderator", null, "Welcome, everyone.\nLet us begin.");
        assertTurn(text, turns.get(1), "R1", null, "Hello.");
    }

    @Test
    void labelWithNoWordsAtAllGivesAnEmptyTurnJustAfterTheLabel() {
        String text = "Moderator:  \nR1: Hello.";

        List<ParsedTurn> turns = SpeakerTurnParser.parse(text);

        assertThat(turns.get(0)).isEqualTo(new ParsedTurn("Moderator", null, 10, 10));
        assertTurn(text, turns.get(1), "R1", null, "Hello.");
    }

    @Test
    void russianInterviewWithCyrillicLabelsAndTimestamps() {
        String text = "[00:00:05] Интервьюер: Расскажите, пожалуйста, о себе.\n"
                + "[00:00:09] Ольга С.: Я живу в Петрозаводске.\n"
                + "Работаю в университете.\n";

        List<ParsedTurn> turns = SpeakerTurnParser.parse(text);

        assertThat(turns).hasSize(2);
        assertTurn(text, turns.get(0), "Интервьюер", 5_000L, "Расскажите, пожалуйста, о себе.");
        assertTurn(text, turns.get(1), "Ольга С.", 9_000L, "Я живу в Петрозаводске.\nРаботаю в университете.");
    }

    static void assertTurn(String text, ParsedTurn turn, String speaker, Long timestampMs, String words) {
        assertThat(turn.speaker()).isEqualTo(speaker);
        assertThat(turn.timestampMs()).isEqualTo(timestampMs);
        assertThat(text.substring(turn.start(), turn.end())).isEqualTo(words);
    }
}
