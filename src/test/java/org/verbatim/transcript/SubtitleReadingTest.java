package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.transcript.RefusalTest.assertRefusal;
import static org.verbatim.transcript.SpeakerTurnParserTest.assertTurn;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitleReadingTest {
    @TempDir
    Path dir;

    @Test
    void teamsVoiceTagsGiveSpeakersAndConsecutiveCuesOfOneSpeakerMerge() throws Exception {
        String vtt = "WEBVTT\n"
                + "Kind: captions\n"
                + "\n"
                + "NOTE\n"
                + "Exported from Teams. Interviewer: this note is not a cue.\n"
                + "\n"
                + "STYLE\n"
                + "::cue { color: yellow }\n"
                + "\n"
                + "a1b2c3/12-0\n"
                + "00:00:01.000 --> 00:00:04.000 align:start position:10%\n"
                + "<v Anna Petrova>Hello, &amp; welcome.</v>\n"
                + "\n"
                + "a1b2c3/13-0\n"
                + "00:00:04.500 --> 00:00:06.000\n"
                + "<v Anna Petrova>Shall we <i>begin</i>\n"
                + "now?</v>\n"
                + "\n"
                + "00:01:07.250 --> 00:01:09.000\n"
                + "<v.loud Interviewer>Yes&nbsp;please, &lt;quickly&gt;.</v>\n"
                + "\n"
                + "00:01:10.000 --> 00:01:12.000\n"
                + "<c.yellow>no voice</c> <00:01:11.000>here\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "meeting.vtt", vtt), ReadOptions.DETECT);

        assertThat(transcript.format()).isEqualTo(SourceFormat.VTT);
        assertThat(transcript.text()).isEqualTo(
                "Anna Petrova: Hello, & welcome. Shall we begin now?\n\n"
                        + "Interviewer: Yes please, <quickly>. no voice here");
        List<ParsedTurn> turns = transcript.turns();
        assertThat(turns).hasSize(2);
        assertTurn(transcript.text(), turns.get(0), "Anna Petrova", 1_000L, "Hello, & welcome. Shall we begin now?");
        assertTurn(transcript.text(), turns.get(1), "Interviewer", 67_250L, "Yes please, <quickly>. no voice here");
    }

    @Test
    void zoomNameColonCuesGiveSpeakers() throws Exception {
        String vtt = "WEBVTT\r\n\r\n"
                + "1\r\n00:00:02.350 --> 00:00:05.980\r\nInterviewer: Okay, so let's start.\r\n\r\n"
                + "2\r\n00:00:06.000 --> 00:00:08.000\r\nInterviewer: First question.\r\n\r\n"
                + "3\r\n00:00:09.000 --> 00:00:11.000\r\nDmitry K.: Sure.\r\n\r\n"
                + "4\r\n00:00:12.000 --> 00:00:13.000\r\nИнтервьюер: Спасибо.\r\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "zoom.vtt", vtt), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("Interviewer: Okay, so let's start. First question.\n\n"
                + "Dmitry K.: Sure.\n\nИнтервьюер: Спасибо.");
        assertThat(transcript.turns()).hasSize(3);
        assertTurn(transcript.text(), transcript.turns().get(0), "Interviewer", 2_350L,
                "Okay, so let's start. First question.");
        assertTurn(transcript.text(), transcript.turns().get(1), "Dmitry K.", 9_000L, "Sure.");
        assertTurn(transcript.text(), transcript.turns().get(2), "Интервьюер", 12_000L, "Спасибо.");
    }

    @Test
    void vttCueBeforeAnySpeakerIsAParagraphWithoutATurn() throws Exception {
        String vtt = "WEBVTT\n\n"
                + "00:01.000 --> 00:02.000\nMusic playing\n\n"
                + "00:02.500 --> 00:02.900\nstill music\n\n"
                + "00:03.000 --> 00:04.000\nAnna: Hi.\n\n"
                + "00:05.000 --> 00:06.000\nThe problem is this: no label here.\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "a.vtt", vtt), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("Music playing still music\n\nAnna: Hi. The problem is this: no label here.");
        assertThat(transcript.turns()).hasSize(1);
        assertTurn(transcript.text(), transcript.turns().get(0), "Anna", 3_000L, "Hi. The problem is this: no label here.");
    }

    @Test
    void vttWithoutBlankLineAfterHeaderStillReadsItsFirstCue() throws Exception {
        String vtt = "WEBVTT\n00:00:01.000 --> 00:00:02.000\nR1: Hello.\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "a.vtt", vtt), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("R1: Hello.");
    }

    @Test
    void vttWithoutHeaderIsRefused() throws Exception {
        Path file = write(dir, "a.vtt", "1\n00:00:01,000 --> 00:00:02,000\nHello\n");

        assertRefusal(file).isEqualTo("not a WebVTT file: it does not start with WEBVTT");
    }

    @Test
    void vttWithoutCuesIsRefused() throws Exception {
        assertRefusal(write(dir, "a.vtt", "WEBVTT\n\nNOTE nothing here\n")).isEqualTo(WebVttReader.NO_CUES);
    }

    @Test
    void srtCuesMergeBySpeakerAndDialogueLinesSplitIntoTurns() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:04,000\nInterviewer: Tell me about\nyour work.\n\n"
                + "2\n00:00:04,500 --> 00:00:06,000\nInterviewer: Please.\n\n"
                + "3\n00:00:07,000 --> 00:00:09,000\n- Anna: I teach.\n- Bob: I don't.\n\n"
                + "4\n00:00:10,000 --> 00:00:12,000\n[Anna] <i>Really?</i>\n\n"
                + "5\n00:00:13,000 --> 00:00:14,000 X1:10 X2:20\n{\\an8}Yes, really.\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "talk.srt", srt), ReadOptions.DETECT);

        assertThat(transcript.format()).isEqualTo(SourceFormat.SRT);
        assertThat(transcript.text()).isEqualTo("Interviewer: Tell me about your work. Please.\n\n"
                + "Anna: I teach.\n\nBob: I don't.\n\nAnna: Really? Yes, really.");
        List<ParsedTurn> turns = transcript.turns();
        assertThat(turns).hasSize(4);
        assertTurn(transcript.text(), turns.get(0), "Interviewer", 1_000L, "Tell me about your work. Please.");
        assertTurn(transcript.text(), turns.get(1), "Anna", 7_000L, "I teach.");
        assertTurn(transcript.text(), turns.get(2), "Bob", 7_000L, "I don't.");
        assertTurn(transcript.text(), turns.get(3), "Anna", 10_000L, "Really? Yes, really.");
    }

    @Test
    void srtWithoutSpeakersIsOneParagraphWithoutTurns() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n2\n00:00:03,000 --> 00:00:04,000\n[Music]\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "a.srt", srt), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("Hello there. [Music]");
        assertThat(transcript.turns()).isEmpty();
    }

    @Test
    void srtWithMissingBlankLinesBetweenCuesKeepsCueNumbersOutOfTheText() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nR1: One.\n2\n00:00:03,000 --> 00:00:04,000\nR2: Two.\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "a.srt", srt), ReadOptions.DETECT);

        assertThat(transcript.text()).isEqualTo("R1: One.\n\nR2: Two.");
        assertThat(transcript.turns()).extracting(ParsedTurn::timestampMs).containsExactly(1_000L, 3_000L);
    }

    @Test
    void srtWithoutCuesIsRefused() throws Exception {
        assertRefusal(write(dir, "a.srt", "Just a text file with the wrong name.\n"))
                .isEqualTo("not a SubRip file: no subtitle cues found");
    }
}
