package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.transcript.SpeakerTurnParserTest.assertTurn;
import static org.verbatim.transcript.TranscriptFixtures.write;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownAndTextReadingTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"interview.md", "interview.MARKDOWN"})
    void markdownTranscriptKeepsItsTextAndReportsBoldLabelsWithoutAsterisks(String name) throws Exception {
        String md = "# PTZ-indepth-02 — in-depth interview\n"
                + "\n"
                + "- Respondent Anna L. (NGO sector)\n"
                + "\n"
                + "[00:00:03] **Interviewer:** Thank you for finding the time.\n"
                + "\n"
                + "[00:00:19] **Anna L.**: Sure. I studied *regional studies*.\n"
                + "It was the Nordic countries.\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, name, md), ReadOptions.DETECT);

        assertThat(transcript.format()).isEqualTo(SourceFormat.MARKDOWN);
        assertThat(transcript.text()).isEqualTo(md);
        assertThat(transcript.language()).isEqualTo("en");
        assertThat(transcript.turns()).hasSize(2);
        assertTurn(md, transcript.turns().get(0), "Interviewer", 3_000L, "Thank you for finding the time.");
        assertTurn(md, transcript.turns().get(1), "Anna L.", 19_000L,
                "Sure. I studied *regional studies*.\nIt was the Nordic countries.");
    }

    @Test
    void plainTextTranscriptWithHeaderLinesAndTimestampedTurns() throws Exception {
        String txt = "Tomsk, in-depth interview TOM-indepth-02, 20 March 2012\r\n"
                + "Translated from Russian; transcribed from audio.\r\n"
                + "\r\n"
                + "[00:00:03] Interviewer: We can start. Thank you for agreeing.\r\n"
                + "\r\n"
                + "[00:00:14] Dmitry K.: Okay. Twenty-seven years old.\r\n";

        ParsedTranscript transcript = TranscriptReaders.read(write(dir, "TOM-02.txt", txt), null);

        assertThat(transcript.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(transcript.text()).isEqualTo(txt.replace("\r\n", "\n"));
        assertThat(transcript.turns()).hasSize(2);
        assertTurn(transcript.text(), transcript.turns().get(0), "Interviewer", 3_000L,
                "We can start. Thank you for agreeing.");
        assertTurn(transcript.text(), transcript.turns().get(1), "Dmitry K.", 14_000L, "Okay. Twenty-seven years old.");
    }
}
