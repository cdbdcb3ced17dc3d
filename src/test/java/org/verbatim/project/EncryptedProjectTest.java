package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.testing.ClearText;

/**
 * An encrypted project keeps nothing of the interviews on disk in clear: not in its folder, not
 * in temporary files, not in the log. A wrong password is refused and changes nothing; encrypting
 * and decrypting keep every document, code and segment; a new password replaces the old one.
 */
class EncryptedProjectTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    /** A word no file holds by chance: a fresh one for every run. */
    private static String marker() {
        StringBuilder word = new StringBuilder("Zorblat");
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private Path transcript(String marker) throws IOException {
        Path file = dir.resolve("sources").resolve("TOM-semi-99.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Interviewer: What do you think of China?\n\n"
                + "Anna: The " + marker + " agreement with China is a partnership for Siberia.\n\n"
                + "Interviewer: And Europe?\n\nAnna: Europe stays our main partner, " + marker + " or not.\n");
        return file;
    }

    @Test
    void nothingOfTheInterviewsIsOnDiskInClearInTheFolderTemporaryFilesOrLog() throws IOException {
        String marker = marker();
        Path source = transcript(marker);
        Path folder = dir.resolve("secret.verbatim");
        Path exports = dir.resolve("exports");
        Files.createDirectories(exports);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        FileTime started = FileTime.fromMillis(System.currentTimeMillis() - 1000);

        try (Project project = Project.create(folder, PASSWORD)) {
            assertThat(project.importFiles(ImportRequest.of(source), Progress.NONE).imported()).hasSize(1);
            project.code(CodingRequest.quote("TOM-semi-99.txt", "China/Partner",
                    "The " + marker + " agreement with China is a partnership for Siberia.", "elena"));
            project.addMemo(MemoTarget.PROJECT, null, "About " + marker, "The " + marker + " comes up twice.");
            SearchResults found = project.search(SearchQuery.of(marker.toLowerCase(Locale.ROOT)), Progress.NONE);
            assertThat(found.total()).isEqualTo(2);
            assertThat(project.exportExcerpts(exports.resolve("excerpts.csv"), ExcerptSelection.ALL,
                    List.of("document", "code", "text"), ExcerptLayout.UTF8, ExcerptPrivacy.NONE, Progress.NONE)).isEqualTo(1);
            project.corrections();
        }
        try (Project reopened = Project.open(folder, PASSWORD)) {
            assertThat(reopened.search(SearchQuery.of(marker), Progress.NONE).total()).isEqualTo(2);
            assertThat(reopened.segments(SegmentFilter.ALL)).singleElement()
                    .satisfies(s -> assertThat(s.text()).contains(marker));
            assertThat(reopened.check().ok()).isTrue();
        }
        assertThat(Files.readString(exports.resolve("excerpts.csv"))).contains(marker);
        assertThat(folder.resolve("index")).doesNotExist();
        assertThat(folder.resolve(IndexStorage.SEALED)).isRegularFile();
        assertThat(Files.list(folder.resolve("originals")).toList()).hasSize(1);

        List<Path> scanned = new ArrayList<>(filesUnder(folder));
        scanned.addAll(filesUnder(tmp).stream().filter(f -> !f.startsWith(dir) && modifiedSince(f, started)).toList());
        scanned.addAll(filesUnder(Path.of("target", "test-logs")));
        // Everything the test wrote under its own folder except the source and the export the user asked for.
        scanned.addAll(filesUnder(dir).stream().filter(f -> !f.startsWith(folder) && !f.startsWith(exports)
                && !f.equals(source)).toList());
        assertThat(scanned).contains(folder.resolve("project.mv.db"), folder.resolve(IndexStorage.SEALED));
        for (Path file : scanned) {
            assertThat(ClearText.holdsWord(file, marker)).as("%s holds the marker word", file).isFalse();
        }
        // The scan does find the word where it is in clear.
        assertThat(ClearText.holdsWord(exports.resolve("excerpts.csv"), marker)).isTrue();
        assertThat(ClearText.holdsWord(source, marker)).isTrue();
    }

    @Test
    void theWrongPasswordIsRefusedInOneLineAndChangesNothing() throws IOException {
        Path folder = encryptedProjectWithOneCoding();
        Map<Path, byte[]> before = contents(folder);

        assertThatThrownBy(() -> Project.open(folder, "wrong password")).isInstanceOf(WrongPasswordException.class)
                .hasMessage("Wrong password for project study.verbatim; nothing was opened or changed");
        assertThatThrownBy(() -> Project.open(folder)).isInstanceOf(PasswordNeededException.class)
                .hasMessageContaining("is encrypted: give its password");
        assertThatThrownBy(() -> ProjectEncryption.decrypt(folder, "wrong password", Progress.NONE))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> ProjectEncryption.changePassword(folder, "wrong password", "new one", Progress.NONE))
                .isInstanceOf(WrongPasswordException.class);

        assertThat(contents(folder)).containsOnlyKeys(before.keySet().toArray(Path[]::new));
        before.forEach((file, bytes) -> assertThat(contents(folder).get(file)).as(file.toString()).isEqualTo(bytes));
    }

    @Test
    void encryptingThenDecryptingKeepsDocumentsCodesAndSegments() throws IOException {
        String marker = marker();
        Path folder = dir.resolve("plain.verbatim");
        Snapshot original;
        try (Project project = Project.create(folder)) {
            project.importFiles(ImportRequest.of(transcript(marker)), Progress.NONE);
            project.code(CodingRequest.quote("TOM-semi-99.txt", "China/Partner", "a partnership for Siberia", "elena"));
            project.code(CodingRequest.quote("TOM-semi-99.txt", "Europe", "Europe stays our main partner", "pavel"));
            assertThat(project.search(SearchQuery.of(marker), Progress.NONE).total()).isEqualTo(2);
            original = Snapshot.of(project);
        }
        byte[] originalCopy = Files.readAllBytes(onlyOriginal(folder));

        ProjectEncryption.encrypt(folder, PASSWORD, Progress.NONE);

        assertThat(ProjectEncryption.isEncrypted(folder)).isTrue();
        assertThat(folder.resolve("index")).doesNotExist();
        for (Path file : filesUnder(folder)) {
            assertThat(ClearText.holdsWord(file, marker)).as("%s holds the marker word", file).isFalse();
        }
        assertThat(folder.resolve(".swap")).doesNotExist();
        assertThat(folder.resolve(".rekeying")).doesNotExist();
        assertThatThrownBy(() -> Project.open(folder)).isInstanceOf(PasswordNeededException.class);
        try (Project encrypted = Project.open(folder, PASSWORD)) {
            assertThat(Snapshot.of(encrypted)).isEqualTo(original);
            assertThat(encrypted.search(SearchQuery.of(marker), Progress.NONE).total()).isEqualTo(2);
        }

        ProjectEncryption.decrypt(folder, PASSWORD, Progress.NONE);

        assertThat(ProjectEncryption.isEncrypted(folder)).isFalse();
        assertThat(folder.resolve(IndexStorage.SEALED)).doesNotExist();
        assertThat(Files.readAllBytes(onlyOriginal(folder))).isEqualTo(originalCopy);
        try (Project plain = Project.open(folder)) {
            assertThat(Snapshot.of(plain)).isEqualTo(original);
            assertThat(plain.search(SearchQuery.of(marker), Progress.NONE).total()).isEqualTo(2);
            assertThat(plain.check().ok()).isTrue();
        }
    }

    @Test
    void aBackupOfAnEncryptedProjectRestoresToAProjectThatItsPasswordOpens() throws IOException {
        Path folder = encryptedProjectWithOneCoding();
        Snapshot before;
        try (Project project = Project.open(folder, PASSWORD)) {
            before = Snapshot.of(project);
        }
        Path backup = dir.resolve("secret-backup.zip");

        Backups.writeFile(folder, backup, java.time.Duration.ZERO, m -> { });
        Path restored = dir.resolve("restored.verbatim");
        Backups.restore(backup, restored);

        assertThatThrownBy(() -> Project.open(restored)).isInstanceOf(PasswordNeededException.class);
        try (Project project = Project.open(restored, PASSWORD)) {
            assertThat(Snapshot.of(project)).isEqualTo(before);
            assertThat(project.search(SearchQuery.of("Siberia"), Progress.NONE).total()).isEqualTo(1);
        }
    }

    @Test
    void encryptingAProjectRemovesItsBackupsMadeInClear() throws IOException {
        Path folder = dir.resolve("plain.verbatim");
        try (Project project = Project.create(folder)) {
            project.importFiles(ImportRequest.of(transcript(marker())), Progress.NONE);
        }
        Project.open(folder).close();
        assertThat(new Backups(folder).list()).as("a backup of the plain project").isNotEmpty();

        ProjectEncryption.encrypt(folder, PASSWORD, Progress.NONE);

        assertThat(new Backups(folder).list()).isEmpty();
        Project.open(folder, PASSWORD).close();
    }

    @Test
    void aNewPasswordOpensTheProjectAndTheOldOneNoLonger() throws IOException {
        Path folder = encryptedProjectWithOneCoding();
        Snapshot before;
        try (Project project = Project.open(folder, PASSWORD)) {
            before = Snapshot.of(project);
        }

        ProjectEncryption.changePassword(folder, PASSWORD, "a new passphrase", Progress.NONE);

        assertThatThrownBy(() -> Project.open(folder, PASSWORD)).isInstanceOf(WrongPasswordException.class);
        try (Project project = Project.open(folder, "a new passphrase")) {
            assertThat(Snapshot.of(project)).isEqualTo(before);
            assertThat(project.search(SearchQuery.of("Siberia"), Progress.NONE).total()).isEqualTo(1);
        }
    }

    @Test
    void aChangeOfEncryptionLeftHalfBuiltIsRemovedAndTheProjectIsAsItWas() throws IOException {
        Path folder = encryptedProjectWithOneCoding();
        Path leftover = Files.createDirectories(folder.resolve(".rekeying").resolve("originals"));
        Files.writeString(leftover.resolve("1-TOM-semi-99.txt"), "half a copy");

        try (Project project = Project.open(folder, PASSWORD)) {
            assertThat(project.segments(SegmentFilter.ALL)).hasSize(1);
        }
        assertThat(folder.resolve(".rekeying")).doesNotExist();
    }

    @Test
    void originalsSetAsideByRecoverFollowTheProjectsKeyAndAreInClearOnlyOnceDecrypted() throws IOException {
        Path source = transcript(marker());
        Path folder = dir.resolve("recovered.verbatim");
        try (Project project = Project.create(folder, PASSWORD)) {
            project.importFiles(ImportRequest.of(source), Progress.NONE);
        }
        // As recover sets aside the original of a document it could not bring back: as stored.
        Path setAside = Files.createDirectories(folder.resolve(Recovery.UNCLAIMED)).resolve("TOM-semi-99.txt");
        Files.copy(onlyOriginal(folder), setAside);
        assertThat(setAside).content().doesNotContain("Siberia");

        ProjectEncryption.changePassword(folder, PASSWORD, "another one", Progress.NONE);
        assertThat(setAside).content().doesNotContain("Siberia");
        ProjectEncryption.decrypt(folder, "another one", Progress.NONE);

        assertThat(Files.readAllBytes(setAside)).isEqualTo(Files.readAllBytes(source));
    }

    @Test
    void anEmptyNewPasswordIsRefused() {
        assertThatThrownBy(() -> Project.create(dir.resolve("empty.verbatim"), ""))
                .hasMessageContaining("password is empty");
    }

    private Path encryptedProjectWithOneCoding() throws IOException {
        Path folder = dir.resolve("study.verbatim");
        try (Project project = Project.create(folder, PASSWORD)) {
            project.importFiles(ImportRequest.of(transcript(marker())), Progress.NONE);
            project.code(CodingRequest.quote("TOM-semi-99.txt", "China/Partner", "a partnership for Siberia", "elena"));
            project.search(SearchQuery.of("Siberia"), Progress.NONE);
        }
        return folder;
    }

    /** What a user sees of a project: documents, the codebook, segments. */
    record Snapshot(List<String> documents, List<String> codes, List<String> segments) {
        static Snapshot of(Project p) {
            return new Snapshot(
                    p.documents().stream().map(d -> d.id() + " " + d.name() + " " + d.turns() + " " + d.words()).toList(),
                    p.codes().stream().map(c -> c.code().id() + " " + c.path() + " " + c.segments()).toList(),
                    p.segments(SegmentFilter.ALL).stream().map(s -> s.id() + " " + s.code() + " [" + s.start() + ","
                            + s.end() + ") " + s.coder() + " " + s.text()).toList());
        }
    }

    private static Path onlyOriginal(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("originals"))) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one original");
            }).orElseThrow();
        }
    }

    private static Map<Path, byte[]> contents(Path folder) {
        Map<Path, byte[]> all = new TreeMap<>();
        for (Path f : filesUnder(folder)) {
            if (!f.getFileName().toString().equals(".lock")) {
                try {
                    all.put(folder.relativize(f), Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return all;
    }

    private static List<Path> filesUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> Files.isRegularFile(f) && Files.isReadable(f)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            // Other programs' temporary files come and go while the walk runs.
            return List.of();
        }
    }

    private static boolean modifiedSince(Path file, FileTime since) {
        try {
            return Files.getLastModifiedTime(file).compareTo(since) >= 0;
        } catch (IOException e) {
            return false;
        }
    }
}
