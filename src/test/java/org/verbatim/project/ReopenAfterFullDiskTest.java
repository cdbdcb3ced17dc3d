package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.SimulatedFullDisk;

/**
 * After H2 stopped on a full disk, the same program opens the project again without being
 * restarted (the window cannot ask for a restart): read-only with the disk-full reason while the
 * disk is still full, never called damaged, and for writing once space is free. The full disk is
 * simulated at H2's file layer, so it is H2's own write that fails, as on a real disk.
 */
class ReopenAfterFullDiskTest {
    @TempDir
    Path dir;

    @BeforeEach
    void simulateTheDisk() {
        SimulatedFullDisk.install();
    }

    @AfterEach
    void plainDiskAgain() {
        SimulatedFullDisk.remove();
    }

    @Test
    void aProjectWhoseDiskFilledOpensAgainInTheSameProgramReadOnlyWhileFullAndForWritingOnceFree() throws IOException {
        Path folder = dir.resolve("study.verbatim");
        List<Path> files = transcripts(dir.resolve("in"));
        try (Project project = Project.create(folder)) {
            project.importFiles(request(files.subList(0, 2)), Progress.NONE);
        }

        try (Project project = Project.open(folder)) {
            SimulatedFullDisk.fill(folder);
            assertThatThrownBy(() -> project.code(CodingRequest.range("t1.txt", "Places/Siberia", 13, 20, "anna")))
                    .satisfies(ReopenAfterFullDiskTest::toldAsAFullDisk);
            // H2 stopped the database on that write; the next change is told as the full disk too, not as a raw
            // error, and reading goes on (through the file opened read-only).
            assertThatThrownBy(() -> project.importFiles(request(files.subList(2, 4)), Progress.NONE))
                    .satisfies(ReopenAfterFullDiskTest::toldAsAFullDisk);
            assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("t1.txt", "t2.txt");
        }

        try (Project stillFull = Project.open(folder)) {
            assertThat(stillFull.readOnlyCause()).contains(ReadOnlyCause.DISK_FULL);
            assertThat(stillFull.documents()).extracting(DocumentSummary::name).containsExactly("t1.txt", "t2.txt");
        }

        SimulatedFullDisk.free();
        try (Project again = Project.open(folder)) {
            assertThat(again.readOnlyReason()).isEmpty();
            assertThat(again.documents()).extracting(DocumentSummary::name).containsExactly("t1.txt", "t2.txt");
            assertThat(again.check().ok()).isTrue();
            assertThat(again.importFiles(request(files), Progress.NONE).imported()).hasSize(2);
            again.code(CodingRequest.range("t1.txt", "Places/Siberia", 13, 20, "anna"));
            assertThat(again.documents()).hasSize(4);
            assertThat(again.search(SearchQuery.of("Siberia"), Progress.NONE).total()).isPositive();
        }
        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.segments(SegmentFilter.ALL)).hasSize(1);
        }
    }

    @Test
    void aProjectLeftOpenWhileTheDiskFilledWorksAgainOnceSpaceIsFree() throws IOException {
        Path folder = dir.resolve("open.verbatim");
        List<Path> files = transcripts(dir.resolve("in"));
        try (Project project = Project.create(folder)) {
            project.importFiles(request(files.subList(0, 2)), Progress.NONE);
            SimulatedFullDisk.fill(folder);
            assertThatThrownBy(() -> project.code(CodingRequest.range("t1.txt", "Places/Siberia", 13, 20, "anna")))
                    .satisfies(ReopenAfterFullDiskTest::toldAsAFullDisk);
            assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("t1.txt", "t2.txt");
            assertThatThrownBy(() -> project.code(CodingRequest.range("t1.txt", "Places/Siberia", 13, 20, "anna")))
                    .satisfies(ReopenAfterFullDiskTest::toldAsAFullDisk);

            SimulatedFullDisk.free();
            assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("t1.txt", "t2.txt");
            project.code(CodingRequest.range("t1.txt", "Places/Siberia", 13, 20, "anna"));
            assertThat(project.importFiles(request(files), Progress.NONE).imported()).hasSize(2);
        }
        try (Project reopened = Project.open(folder)) {
            assertThat(reopened.documents()).hasSize(4);
            assertThat(reopened.segments(SegmentFilter.ALL)).hasSize(1);
            assertThat(reopened.check().ok()).isTrue();
        }
    }

    private static void toldAsAFullDisk(Throwable failure) {
        assertThat(StorageFaults.explain(failure)).as(failure.toString())
                .hasValueSatisfying(line -> assertThat(line).startsWith("the disk is full"));
    }

    private static ImportRequest request(List<Path> files) {
        return new ImportRequest(files, Map.of(), null, null, null);
    }

    private static List<Path> transcripts(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= 4; i++) {
            Files.writeString(folder.resolve("t" + i + ".txt"), "Interviewer: Where are you from?\n\nAnna: From Siberia,"
                    + " interview " + i + ", near Tomsk.\n");
        }
        return List.of(folder.resolve("t1.txt"), folder.resolve("t2.txt"), folder.resolve("t3.txt"),
                folder.resolve("t4.txt"));
    }
}
