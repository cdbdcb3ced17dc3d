package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.transcript.TranscriptFixtures.UTF8_BOM;
import static org.verbatim.transcript.TranscriptFixtures.concat;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextDecodingTest {
    private static final String RUSSIAN = "Интервьюер: Расскажите, пожалуйста, о себе — «коротко».\n"
            + "Ольга С.: Я живу в Петрозаводске, ещё учусь. Ёлки!\n";
    /** KOI8-R has no typographic dash or guillemets, so its text keeps to ASCII punctuation. */
    private static final String RUSSIAN_KOI8 = "Интервьюер: Расскажите, пожалуйста, о себе - \"коротко\".\n"
            + "Ольга С.: Я живу в Петрозаводске, ещё учусь. Ёлки!\n";

    @TempDir
    Path dir;

    static Stream<Arguments> encodedFiles() {
        return Stream.of(
                Arguments.of("UTF-8 without BOM", RUSSIAN, RUSSIAN.getBytes(StandardCharsets.UTF_8), "UTF-8"),
                Arguments.of("UTF-8 with BOM", RUSSIAN, concat(UTF8_BOM, RUSSIAN.getBytes(StandardCharsets.UTF_8)), "UTF-8"),
                Arguments.of("UTF-16LE with BOM", RUSSIAN, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        RUSSIAN.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE"),
                Arguments.of("UTF-16BE with BOM", RUSSIAN, concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                        RUSSIAN.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE"),
                Arguments.of("UTF-16LE without BOM", RUSSIAN, RUSSIAN.getBytes(StandardCharsets.UTF_16LE), "UTF-16LE"),
                Arguments.of("UTF-16BE without BOM", RUSSIAN, RUSSIAN.getBytes(StandardCharsets.UTF_16BE), "UTF-16BE"),
                Arguments.of("Windows-1251", RUSSIAN, RUSSIAN.getBytes(Charset.forName("windows-1251")), "windows-1251"),
                Arguments.of("KOI8-R", RUSSIAN_KOI8, RUSSIAN_KOI8.getBytes(Charset.forName("KOI8-R")), "KOI8-R"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodedFiles")
    void russianTextIsDecodedCorrectlyAndTheEncodingReported(String description, String text, byte[] bytes,
                                                             String encoding) throws Exception {
        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "interview.txt", bytes), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo(text);
        assertThat(transcript.encoding()).isEqualTo(encoding);
        assertThat(transcript.turns()).extracting(ParsedTurn::speaker).containsExactly("Интервьюер", "Ольга С.");
    }

    @Test
    void englishUtf16WithoutBomIsReadAsUtf16NotRefusedAsBinary() throws Exception {
        String english = "Interviewer: How do you see Europe?\nR1: Europe is a partner, close to us.\n";
        ParsedTranscript transcript = TranscriptReaders.read(
                write(dir, "a.txt", english.getBytes(StandardCharsets.UTF_16LE)), ReadOptions.DETECT);

        assertThat(transcript.encoding()).isEqualTo("UTF-16LE");
        assertThat(transcript.text()).isEqualTo(english);
    }

    @Test
    void englishUtf8WithoutBomIsReadAsUtf8() throws Exception {
        ParsedTranscript transcript = TranscriptReaders.read(
                write(dir, "a.txt", "Interviewer: Hello.\n"), ReadOptions.DETECT);

        assertThat(transcript.encoding()).isEqualTo("UTF-8");
        assertThat(transcript.text()).isEqualTo("Interviewer: Hello.\n");
    }

    @Test
    void bomIsRemovedFromTheTextAndOffsetsCountFromAfterIt() throws Exception {
        Path file = write(dir, "a.txt", concat(UTF8_BOM, "R1: yes".getBytes(StandardCharsets.UTF_8)));

        ParsedTranscript transcript = TranscriptReaders.read(file, ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("R1: yes");
        assertThat(transcript.turns()).containsExactly(new ParsedTurn("R1", null, 4, 7));
    }

    @Test
    void encodingOptionOverridesDetection() throws Exception {
        Path file = write(dir, "a.txt", "Interviewer: café", StandardCharsets.ISO_8859_1);

        ParsedTranscript transcript = TranscriptReaders.read(file, new ReadOptions(StandardCharsets.ISO_8859_1, null));

        assertThat(transcript.text()).isEqualTo("Interviewer: café");
        assertThat(transcript.encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void encodingOptionWinsEvenOverValidUtf8() throws Exception {
        Path file = write(dir, "a.txt", "R1: é", StandardCharsets.UTF_8);

        ParsedTranscript transcript = TranscriptReaders.read(file, new ReadOptions(StandardCharsets.ISO_8859_1, null));

        assertThat(transcript.text()).isEqualTo("R1: Ã©");
    }

    @Test
    void encodingOptionAllowsUtf16WithoutBom() throws Exception {
        Path file = write(dir, "a.txt", "R1: да", StandardCharsets.UTF_16LE);

        ParsedTranscript transcript = TranscriptReaders.read(file, new ReadOptions(StandardCharsets.UTF_16LE, null));

        assertThat(transcript.text()).isEqualTo("R1: да");
        assertThat(transcript.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void latin1TextIsRefusedRatherThanGuessedAsCyrillic() throws Exception {
        Path file = write(dir, "notes.txt", "Interviewer: Le café était fermé, déjà.", StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TranscriptReaders.read(file, ReadOptions.DETECT))
                .isInstanceOf(TranscriptRefusedException.class)
                .hasMessage("notes.txt: unrecognised text encoding (not UTF-8, UTF-16, Windows-1251 or KOI8-R);"
                        + " give one with --encoding");
    }

    @Test
    void invalidBytesForTheGivenEncodingAreRefused() throws Exception {
        Path file = write(dir, "a.txt", new byte[] {'R', '1', ':', ' ', (byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> TranscriptReaders.read(file, new ReadOptions(StandardCharsets.UTF_8, null)))
                .isInstanceOf(TranscriptRefusedException.class)
                .extracting(e -> ((TranscriptRefusedException) e).reason())
                .isEqualTo("the file is not valid UTF-8 text; check the --encoding given");
    }

    static Stream<Arguments> unnormalisedTexts() {
        return Stream.of(
                Arguments.of("CRLF", "Interviewer: one\r\ntwo\r\nR1: three\r\n", "Interviewer: one\ntwo\nR1: three\n"),
                Arguments.of("lone CR", "Interviewer: one\rtwo\rR1: three\r", "Interviewer: one\ntwo\nR1: three\n"),
                Arguments.of("mixed", "Interviewer: one\r\ntwo\rR1: three\n", "Interviewer: one\ntwo\nR1: three\n"),
                Arguments.of("NFD", "Interviewer: one\ntwo\nR1: thre\u0301e", "Interviewer: one\ntwo\nR1: thrée"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unnormalisedTexts")
    void lineBreaksBecomeLfAndTextBecomesNfcBeforeOffsetsAreComputed(String description, String raw, String expected)
            throws Exception {
        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "a.txt", raw), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo(expected);
        assertThat(transcript.turns()).hasSize(2);
        SpeakerTurnParserTest.assertTurn(transcript.text(), transcript.turns().get(0), "Interviewer", null, "one\ntwo");
        SpeakerTurnParserTest.assertTurn(transcript.text(), transcript.turns().get(1), "R1", null,
                expected.substring(expected.indexOf("R1: ") + 4).strip());
    }

    @Test
    void combiningAccentIsComposed() {
        assertThat(TextNormaliser.normalise("e\u0301")).isEqualTo("é");
    }
}
