package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reader could not read as it should is said when the file is imported. */
class CliImportNotesTest {
    @TempDir
    Path dir;

    @Test
    void aMalformedCueIsNamedByNumberWhenItsFileIsImported() throws Exception {
        Path project = dir.resolve("study.verbatim");
        Path vtt = Files.writeString(dir.resolve("meeting.vtt"), "WEBVTT\n\n"
                + "00:00:01.000 --> 00:00:02.000\nAnna: First words.\n\n"
                + "00:00:05.000 --> 00:00:04.000\nBoris: Backwards.\n", StandardCharsets.UTF_8);
        assertThat(Cli.run("new", project).exit()).isZero();

        Cli.Result r = Cli.run("import", project, vtt);

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.errLines()).contains("Note on meeting.vtt: cue 2: it ends (00:00:04.000) before it starts"
                + " (00:00:05.000); its words were kept with the time of the cue before it");
        assertThat(Cli.run("show", project, "meeting.vtt", "--text").out()).contains("Backwards.");
    }
}
