package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in sample study builds from the application's own resources, complete. */
class SampleStudyTest {
    @TempDir
    Path dir;

    @Test
    void buildsEveryTranscriptParticipantCodeAndSpeakerMapping() {
        Path folder = dir.resolve("Sample study.verbatim");

        SampleStudy.Built built = SampleStudy.build(folder, Progress.NONE);

        assertThat(built.documents()).isEqualTo(21);
        assertThat(built.participants()).isEqualTo(51);
        assertThat(built.codes()).isEqualTo(69);
        assertThat(built.speakersMapped()).isEqualTo(66);
        assertThat(built.unmapped()).isEmpty();
        try (Project p = Project.open(folder)) {
            assertThat(p.documents()).extracting(d -> d.attributes().get("city")).containsOnly("Nizhny Novgorod",
                    "Tomsk", "Petrozavodsk");
            assertThat(p.codes()).filteredOn(c -> c.path().equals("Threats / China / Partner in development"))
                    .singleElement().satisfies(c -> assertThat(c.code().description()).startsWith("Definition: "));
            assertThat(p.check().ok()).isTrue();
        }
    }

    @Test
    void neverBuildsIntoAFolderThatIsAlreadyThereAndLeavesItAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mine.verbatim"));
        Path precious = Files.writeString(folder.resolve("notes.txt"), "my notes");

        assertThatThrownBy(() -> SampleStudy.build(folder, Progress.NONE)).isInstanceOf(ProjectException.class);
        assertThat(precious).hasContent("my notes");
    }
}
