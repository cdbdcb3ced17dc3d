package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a use case reported as done survives the process dying the next instant. */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void segmentCodedJustBeforeTheProcessDiesIsThereWhenTheProjectIsReopened() throws Exception {
        Path folder = dir.resolve("crash.verbatim");
        Path transcript = dir.resolve("interview.txt");
        Files.writeString(transcript, "Interviewer: How do you see China?\n\nAnna: As a partner for Siberia.\n");
        try (Project project = Project.create(folder)) {
            assertThat(project.importFiles(ImportRequest.of(transcript), Progress.NONE).imported()).hasSize(1);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingCoder.class.getName(),
                folder.toString(), "interview.txt", "China/Partner", "As a partner for Siberia.")
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("coded");

        try (Project reopened = Project.open(folder)) {
            List<SegmentView> segments = reopened.segments(SegmentFilter.ALL);
            assertThat(segments).singleElement().satisfies(s -> {
                assertThat(s.code()).isEqualTo("China / Partner");
                assertThat(s.text()).isEqualTo("As a partner for Siberia.");
                assertThat(s.coder()).isEqualTo("crash-test");
            });
            assertThat(reopened.check().ok()).isTrue();
        }
    }
}
