package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling backups made on opening, one-file backups, and restoring them into a new project. */
class BackupsTest {
    private static final String INTERVIEW = "Interviewer: How do you see Europe?\nR1: Europe is a partner, mostly.\n";

    @TempDir
    Path dir;
    private Path folder;

    @BeforeEach
    void codedProject() throws IOException {
        folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"), INTERVIEW, StandardCharsets.UTF_8);
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(transcript), Progress.NONE);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Europe is a partner", "anna"));
        }
    }

    @Test
    void openingAfterAChangeMakesOneBackupAndOpeningAgainWithoutChangesMakesNone() {
        Backups backups = new Backups(folder);
        assertThat(backups.list()).isEmpty();

        Project.open(folder).close();
        assertThat(backups.list()).hasSize(1);
        Project.open(folder).close();
        Project.open(folder).close();
        assertThat(backups.list()).hasSize(1);

        try (Project p = Project.open(folder)) {
            p.code(CodingRequest.quote("interview.txt", "Europe/Doubt", "mostly", "anna"));
        }
        Project.open(folder).close();
        assertThat(backups.list()).hasSize(2);
        assertThat(folder.resolve("backups")).isDirectoryNotContaining("glob:**/.opening-*");
    }

    @Test
    void onlyTheNewestBackupsAreKeptAsManyAsTheProjectSays() {
        new Backups(folder).keep(2);
        for (int i = 0; i < 4; i++) {
            try (Project p = Project.open(folder)) {
                p.code(CodingRequest.range("interview.txt", "Turn " + i, 0, 11, "anna"));
            }
        }
        Project.open(folder).close();

        Backups backups = new Backups(folder);
        assertThat(backups.kept()).isEqualTo(2);
        assertThat(backups.list()).hasSize(2);
        // The newest holds the last change: restored, it has all four codings of the loop.
        Path restored = dir.resolve("newest.verbatim");
        Backups.restore(backups.latest().orElseThrow(), restored);
        try (Project p = Project.open(restored)) {
            assertThat(p.segments(SegmentFilter.ALL)).hasSize(5);
        }
    }

    @Test
    void backupsAreReadableByTheirOwnerOnlyAndHoldTheDatabaseAndOriginalsAsStored() throws Exception {
        Project.open(folder).close();
        Path backup = new Backups(folder).latest().orElseThrow();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("backups")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(Backups.madeAt(backup).orElseThrow()).isBetween(java.time.Instant.now().minusSeconds(600),
                java.time.Instant.now());
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName))
                    .containsExactly("verbatim-backup.json", "project.mv.db", "originals/1-interview.txt");
            assertThat(zip.getInputStream(zip.getEntry("originals/1-interview.txt")).readAllBytes())
                    .isEqualTo(Files.readAllBytes(folder.resolve("originals/1-interview.txt")));
        }
    }

    @Test
    void aOneFileBackupRestoresIntoANewProjectWithEverythingInIt() {
        Path file = dir.resolve("study-backup.zip");
        BackupManifest made = Backups.writeFile(folder, file, Duration.ZERO, notice -> { });
        assertThat(made.project()).isEqualTo("study");
        assertThat(made.originals()).isEqualTo(1);

        Path restored = dir.resolve("restored.verbatim");
        BackupRestore.Restored r = Backups.restore(file, restored);

        assertThat(r.originals()).isEqualTo(1);
        try (Project p = Project.open(restored)) {
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("interview.txt");
            assertThat(p.segments(SegmentFilter.ALL)).extracting(SegmentView::text).containsExactly("Europe is a partner");
            assertThat(p.check().ok()).isTrue();
            assertThat(p.search(SearchQuery.of("partner"), Progress.NONE).hits()).hasSize(1);
        }
    }

    @Test
    void restoreRefusesADestinationThatHoldsSomething() throws IOException {
        Path file = dir.resolve("b.zip");
        Backups.writeFile(folder, file, Duration.ZERO, notice -> { });
        Path taken = Files.createDirectories(dir.resolve("taken.verbatim"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> Backups.restore(file, taken)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("already exists and is not empty");
        assertThat(taken.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void restoreRefusesAFileThatIsNotAVerbatimBackupNamingIt() throws IOException {
        Path notZip = Files.writeString(dir.resolve("notes.zip"), "just text");
        Path otherZip = zip(dir.resolve("photos.zip"), "holiday.jpg", "jpeg bytes");

        assertThatThrownBy(() -> Backups.restore(notZip, dir.resolve("a.verbatim")))
                .hasMessageContaining(notZip + " is not a Verbatim backup: it is not a zip file");
        assertThatThrownBy(() -> Backups.restore(otherZip, dir.resolve("b.verbatim")))
                .hasMessageContaining(otherZip + " is not a Verbatim backup: it has no verbatim-backup.json");
        assertThat(dir.resolve("a.verbatim")).doesNotExist();
        assertThat(dir.resolve("b.verbatim")).doesNotExist();
    }

    @Test
    void restoreNeverWritesOutsideTheNewFolderWhateverTheArchiveNames() throws IOException {
        Path file = dir.resolve("b.zip");
        Backups.writeFile(folder, file, Duration.ZERO, notice -> { });
        Path evil = dir.resolve("evil.zip");
        try (ZipFile good = new ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
            for (ZipEntry e : good.stream().toList()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                good.getInputStream(e).transferTo(out);
            }
            out.putNextEntry(new ZipEntry("originals/../../escaped.txt"));
            out.write("outside".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Backups.restore(evil, dir.resolve("r.verbatim")))
                .hasMessageContaining("it holds an entry a backup never has: 'originals/../../escaped.txt'");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("r.verbatim")).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
        }
    }

    private static Path zip(Path file, String entry, String content) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
