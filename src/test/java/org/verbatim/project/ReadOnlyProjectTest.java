package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.store.StorageFault;
import org.verbatim.testing.Mounts;

/**
 * A project that cannot be written (a read-only mount, a folder or database that is not the
 * user's to write) opens read-only: reading, searching and exporting elsewhere work, and every
 * change is refused with one line naming the reason. Root ignores permissions, so as root the
 * tests use a read-only bind mount and an immutable file instead of chmod.
 */
class ReadOnlyProjectTest {
    @TempDir
    Path dir;
    private Path mounted;
    private Path immutable;

    @AfterEach
    void undo() {
        if (mounted != null) {
            Mounts.unmount(mounted);
        }
        if (immutable != null) {
            Mounts.immutable(immutable, false);
        }
    }

    @Test
    void aProjectOnAReadOnlyMountCanBeReadSearchedAndExportedButNotChanged() throws Exception {
        Path source = Files.createDirectories(dir.resolve("disk"));
        Path folder = sample(source.resolve("study.verbatim"));
        Path view = Files.createDirectories(dir.resolve("view"));
        String why = Mounts.readOnlyView(source, view);
        if (why == null) {
            mounted = view;
            folder = view.resolve("study.verbatim");
        } else {
            Assumptions.assumeFalse(Mounts.isRoot(), "no read-only mount can be made here (" + why
                    + ") and root writes through permissions");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        }
        String before = ProjectFixtures.fileHashes(source).toString();

        try (Project project = Project.open(folder)) {
            assertThat(project.readOnlyReason()).hasValueSatisfying(r -> assertThat(r)
                    .satisfiesAnyOf(x -> assertThat(x).contains("is read-only (a read-only disk or mount)"),
                            x -> assertThat(x).contains("you do not have permission to write to")));
            assertThat(project.documents()).hasSize(22);
            assertThat(project.document("NNV-semi-04.txt").text()).contains("China");
            assertThat(project.search(SearchQuery.of("China"), Progress.NONE).total()).isPositive();
            assertThat(project.codes()).isNotNull();
            Path exported = dir.resolve("hits.csv");
            assertThat(project.exportHits(exported, SearchQuery.of("China"), false)).isPositive();
            assertThat(exported).isNotEmptyFile();

            assertThatThrownBy(() -> project.codeHits(SearchQuery.of("China"), java.util.List.of(1), "Places/China",
                    HitUnit.MATCH, null, Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining("it can be read but not changed");
            assertThatThrownBy(() -> project.importFiles(ImportRequest.of(ProjectFixtures.SAMPLE.resolve("README.md")),
                    Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessageContaining("it can be read but not changed");
        }
        assertThat(ProjectFixtures.fileHashes(source).toString()).isEqualTo(before);
    }

    @Test
    void aReadOnlyDatabaseFileRefusesChangesWithOneLineNotARawStoreError() throws Exception {
        Path folder = sample(dir.resolve("study.verbatim"));
        Path database = folder.resolve("project.mv.db");
        if (Mounts.isRoot()) {
            String why = Mounts.immutable(database, true);
            Assumptions.assumeTrue(why == null, "root writes through permissions and the file cannot be made"
                    + " immutable here (" + why + ")");
            immutable = database;
        } else {
            Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--------"));
        }
        try (Project project = Project.open(folder)) {
            assertThat(project.documents()).hasSize(22);
            assertThatThrownBy(() -> project.codeHits(SearchQuery.of("China"), java.util.List.of(1), "Places/China",
                    HitUnit.MATCH, null, Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .satisfiesAnyOf(
                            e -> assertThat(e).hasMessageContaining("project.mv.db is read-only: it can be read but not changed"),
                            e -> assertThat(e).hasMessageContaining("you do not have permission to write to"));
        }
    }

    @Test
    void eachDiskFaultIsToldWithItsReasonAndWhatToDo() {
        Path folder = Path.of("/data/study.verbatim");
        assertThat(StorageFault.of(new AccessDeniedException("/data/study.verbatim/.lock")))
                .contains(StorageFault.NO_PERMISSION);
        assertThat(StorageFault.of(new SQLException("batch", new IOException("wrapped",
                new IOException("No space left on device"))))).contains(StorageFault.DISK_FULL);
        SQLException batch = new SQLException("General error");
        batch.setNextException(new SQLException("write", new IOException("No space left on device")));
        assertThat(StorageFault.of(new RuntimeException(batch))).contains(StorageFault.DISK_FULL);
        assertThat(StorageFault.of(new IOException("/x: Read-only file system"))).contains(StorageFault.READ_ONLY_MEDIUM);
        assertThat(StorageFault.of(new SQLException("The database is read only", "90097", 90097)))
                .contains(StorageFault.READ_ONLY_DATABASE);
        assertThat(StorageFault.of(new IOException("Input/output error"))).isEmpty();

        assertThat(StorageFault.NO_PERMISSION.explain(folder))
                .isEqualTo("you do not have permission to write to /data/study.verbatim: it can be read but not"
                        + " changed; ask its owner, or copy it to a folder of your own");
        assertThat(StorageFault.DISK_FULL.explain(folder)).startsWith("the disk is full");
        assertThat(StorageFault.READ_ONLY_MEDIUM.explain(folder)).contains("/data/study.verbatim is read-only");
    }

    private static Path sample(Path folder) throws IOException {
        try (Project project = Project.create(folder)) {
            project.importFiles(ImportRequest.of(ProjectFixtures.SAMPLE), Progress.NONE);
            project.search(SearchQuery.of("China"), Progress.NONE);
        }
        return folder;
    }
}
