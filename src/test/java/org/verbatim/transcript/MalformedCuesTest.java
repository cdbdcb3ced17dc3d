package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subtitle cue whose timing cannot be used keeps its words and is reported by number, never dropped silently. */
class MalformedCuesTest {
    @TempDir
    Path dir;

    @Test
    void webVttCuesWithUnreadableImpossibleOrNegativeTimingsAreReportedAndTheirWordsKept() throws Exception {
        String vtt = "WEBVTT\n\n"
                + "00:00:01.000 --> 00:00:02.000\nAnna: First words.\n\n"
                + "00:00:xx.120 --> 00:00:03.000\nAnna: Second words.\n\n"
                + "99:99:99.999 --> 00:00:01.000\nBoris: Third words.\n\n"
                + "-00:00:01.000 --> garbage\nBoris: Fourth words.\n\n"
                + "00:00:09.000 --> 00:00:10.000\nAnna: Fifth words.\n";

        ParsedTranscript t = TranscriptReaders.read(write(dir, "meeting.vtt", vtt), ReadOptions.DETECT);

        assertThat(t.text()).contains("First words.", "Second words.", "Third words.", "Fourth words.", "Fifth words.");
        assertThat(t.notes()).containsExactly(
                "cue 2: its timing line '00:00:xx.120 --> 00:00:03.000' cannot be read; its words were kept with the"
                        + " time of the cue before it",
                "cue 3: its timing line '99:99:99.999 --> 00:00:01.000' holds an impossible time (minutes or seconds"
                        + " past 59); its words were kept with the time of the cue before it",
                "cue 4: its timing line '-00:00:01.000 --> garbage' cannot be read; its words were kept with the time"
                        + " of the cue before it");
        assertThat(t.turns()).extracting(ParsedTurn::speaker).containsExactly("Anna", "Boris", "Anna");
        assertThat(t.turns()).extracting(ParsedTurn::timestampMs).containsExactly(1_000L, 1_000L, 9_000L);
    }

    @Test
    void subRipCuesThatStartBeforeZeroOrEndBeforeTheyStartAreReportedAndTheirWordsKept() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nAnna: First words.\n\n"
                + "2\n-00:00:01,000 --> 00:00:02,000\nBoris: Negative start.\n\n"
                + "3\n00:00:05,000 --> 00:00:04,000\nAnna: Ends before it starts.\n\n"
                + "4\n00:00:06,000 --> 00:00:07,000\nBoris: Last words.\n";

        ParsedTranscript t = TranscriptReaders.read(write(dir, "talk.srt", srt), ReadOptions.DETECT);

        assertThat(t.text()).contains("First words.", "Negative start.", "Ends before it starts.", "Last words.");
        assertThat(t.notes()).containsExactly(
                "cue 2: its timing line '-00:00:01,000 --> 00:00:02,000' cannot be read; its words were kept with the"
                        + " time of the cue before it",
                "cue 3: it ends (00:00:04,000) before it starts (00:00:05,000); its words were kept with the time of"
                        + " the cue before it");
    }

    @Test
    void wellFormedSubtitlesHaveNoNotes() throws Exception {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nAnna: First words.\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000\nBoris: Second words.\n";

        ParsedTranscript t = TranscriptReaders.read(write(dir, "talk.srt", srt), ReadOptions.DETECT);

        assertThat(t.notes()).isEmpty();
        assertThat(t.turns()).hasSize(2);
    }
}
