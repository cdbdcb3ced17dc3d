package org.verbatim.transcript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory per transcript is bounded: past the turn limit a file is refused before anything is stored. */
class TurnLimitTest {
    private static final ReadLimits FIVE_TURNS = new ReadLimits(ReadLimits.DEFAULT.maxFileBytes(), 1_000,
            100 * ReadLimits.MB, 50 * ReadLimits.MB, 5);

    @TempDir
    Path dir;

    @Test
    void aTranscriptOfMoreTurnsThanTheLimitIsRefusedWithTheLimit() throws Exception {
        Path six = Files.writeString(dir.resolve("six.txt"), "A: yes ok.\n\nB: no.\n\n".repeat(3));

        assertThatThrownBy(() -> TranscriptReaders.read(six, ReadOptions.DETECT, FIVE_TURNS))
                .isInstanceOf(TranscriptRefusedException.class)
                .hasMessageContaining("it holds more than 5 speaker turns, the limit for one transcript;"
                        + " split it into several files");
    }

    @Test
    void subtitlesAreHeldToTheSameLimit() throws Exception {
        StringBuilder srt = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            srt.append(i).append("\n00:00:0").append(i).append(",000 --> 00:00:0").append(i).append(",500\n" + (i % 2 == 0 ? "A" : "B") + ": Words ")
                    .append(i).append(".\n\n");
        }
        Path file = Files.writeString(dir.resolve("six.srt"), srt);

        assertThatThrownBy(() -> TranscriptReaders.read(file, ReadOptions.DETECT, FIVE_TURNS))
                .isInstanceOf(TranscriptRefusedException.class).hasMessageContaining("more than 5 speaker turns");
    }

    @Test
    void aTranscriptAtTheLimitIsReadWhole() throws Exception {
        Path five = Files.writeString(dir.resolve("five.txt"), "A: yes ok.\n\nB: no.\n\n".repeat(2) + "A: last.\n");

        assertThat(TranscriptReaders.read(five, ReadOptions.DETECT, FIVE_TURNS).turns()).hasSize(5);
    }

    @Test
    void theParserStopsLookingPastTheLimitAndSharesOneStringPerSpeaker() {
        String text = "A: yes ok.\n\nB: no.\n\n".repeat(1_000);

        assertThat(SpeakerTurnParser.parse(text, 10)).hasSize(11);
        List<ParsedTurn> all = SpeakerTurnParser.parse(text);
        assertThat(all).hasSize(2_000);
        assertThat(all.get(0).speaker()).isSameAs(all.get(1_998).speaker());
    }
}
