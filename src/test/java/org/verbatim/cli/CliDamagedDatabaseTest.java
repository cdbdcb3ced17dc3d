package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.project.PasswordNeededException;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import org.verbatim.testing.ClearText;

/**
 * 4 KB of random bytes inside the database of the coded sample study, at block 10 or 74 (a block
 * is 4096 bytes): every command meets it with one clear line, check finds it, no write is
 * accepted, and recover salvages the rest into a new project without touching the damaged one —
 * of an encrypted project too, with its password, into a project encrypted under it.
 */
class CliDamagedDatabaseTest {
    private static final int BLOCK = 4096;
    private static final String PASSWORD = "recover me, please";
    /** A word of one interview (TOM-focus-group), found nowhere else. */
    private static final String MARKER = "Urumqi";

    @TempDir
    static Path shared;
    private static Path sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildSample() {
        sample = shared.resolve("sample.verbatim");
        assertThat(Cli.run("demo", sample).exit()).isZero();
    }

    private Path damagedAt(int block) throws IOException {
        return damage(copyOfSample("damaged.verbatim"), block);
    }

    private Path copyOfSample(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> all = Files.walk(sample)) {
            for (Path p : all.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(sample.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static Path damage(Path copy, int block) throws IOException {
        byte[] noise = new byte[BLOCK];
        new Random(block).nextBytes(noise);
        try (RandomAccessFile db = new RandomAccessFile(copy.resolve("project.mv.db").toFile(), "rw")) {
            assertThat(db.length()).isGreaterThan((block + 1L) * BLOCK);
            db.seek((long) block * BLOCK);
            db.write(noise);
        }
        return copy;
    }

    @ParameterizedTest(name = "block {0}")
    @ValueSource(ints = {10, 74})
    void readingCommandsWorkOrSayInOneLineThatTheDatabaseIsDamaged(int block) throws IOException {
        Path damaged = damagedAt(block);
        Path csv = dir.resolve("excerpts.csv");
        for (Cli.Result r : List.of(Cli.run("docs", damaged), Cli.run("codes", damaged), Cli.run("segments", damaged),
                Cli.run("export", "excerpts", damaged, "--out", csv))) {
            if (r.exit() != 0) {
                assertThat(r.exit()).as(r.toString()).isEqualTo(2);
                assertThat(r.errLines()).as(r.toString()).hasSize(1);
                assertThat(r.err()).as(r.toString()).contains("its database project.mv.db is damaged")
                        .contains("verbatim recover " + damaged).doesNotContain("unexpected error");
            }
        }
    }

    @ParameterizedTest(name = "block {0}")
    @ValueSource(ints = {10, 74})
    void checkFindsTheDamageAndNoWriteIsAccepted(int block) throws IOException {
        Path damaged = damagedAt(block);

        Cli.Result check = Cli.run("check", damaged);
        assertThat(check.exit()).as(check.toString()).isIn(1, 2);
        assertThat(check.out() + check.err()).as(check.toString()).contains("project.mv.db is damaged")
                .contains("verbatim recover").doesNotContain("all offsets point at the text");

        Cli.Result code = Cli.run("code", damaged, "TOM-semi-02", "--code", "Checks/Damage", "--range", "0:10");
        assertThat(code.exit()).as(code.toString()).isEqualTo(2);
        assertThat(code.errLines()).as(code.toString()).hasSize(1);
        assertThat(code.err()).contains("its database project.mv.db is damaged").contains("nothing more is written to it");
    }

    @Test
    void recoverSalvagesTheRestIntoANewProjectAndLeavesTheDamagedOneAsItWas() throws Exception {
        Path damaged = damagedAt(10);
        String before = sha256(damaged.resolve("project.mv.db"));
        Path recovered = dir.resolve("recovered.verbatim");

        Cli.Result r = Cli.run("recover", damaged, "--out", recovered);

        assertThat(r.exit()).as(r.toString()).isIn(0, 1);
        assertThat(r.out()).contains("Recovered into " + recovered.toAbsolutePath().normalize());
        assertThat(sha256(damaged.resolve("project.mv.db"))).isEqualTo(before);
        assertThat(Cli.run("check", recovered).exit()).isZero();
        assertThat(Cli.run("docs", recovered).outLines()).hasSize(Cli.run("docs", sample).outLines().size());
        assertThat(Cli.run("search", recovered, "NATO").exit()).isZero();
        Cli.Result coded = Cli.run("code", recovered, "TOM-semi-02", "--code", "Checks/Recovered", "--range", "0:10");
        assertThat(coded.exit()).as(coded.toString()).isZero();
    }

    @Test
    void recoverReadsAnEncryptedProjectWithItsPasswordAndWritesNothingInClear() throws Exception {
        Map<String, String> environment = new HashMap<>();
        PasswordSource.environment = environment::get;
        PasswordSource.terminal = prompt -> null;
        try {
            Path damaged = copyOfSample("encrypted.verbatim");
            environment.put("VERBATIM_PASSWORD", PASSWORD);
            Cli.ok("encrypt", damaged);
            damage(damaged, 10);
            Map<Path, String> before = hashes(damaged);
            Path recovered = dir.resolve("recovered.verbatim");

            environment.put("VERBATIM_PASSWORD", "not the password");
            Cli.Result wrong = Cli.run("recover", damaged, "--out", recovered);
            assertThat(wrong.exit()).as(wrong.toString()).isEqualTo(2);
            assertThat(wrong.errLines()).containsExactly(
                    "verbatim: Wrong password for project encrypted.verbatim; nothing was opened or changed");
            assertThat(wrong.out()).isEmpty();
            assertThat(recovered).doesNotExist();
            assertThat(hashes(damaged)).isEqualTo(before);

            environment.put("VERBATIM_PASSWORD", PASSWORD);
            Cli.Result r = Cli.run("recover", damaged, "--out", recovered);

            assertThat(r.exit()).as(r.toString()).isIn(0, 1);
            assertThat(r.out()).as("the damage was met").containsAnyOf("Damaged in ", "Lost from ");
            assertThat(r.out()).contains("Recovered into " + recovered.toAbsolutePath().normalize());
            assertThat(hashes(damaged)).isEqualTo(before);
            assertThatThrownBy(() -> Project.open(recovered)).isInstanceOf(PasswordNeededException.class);
            Map<Long, String> sampleSegments = new HashMap<>();
            try (Project original = Project.open(sample)) {
                original.segments(SegmentFilter.ALL).forEach(s -> sampleSegments.put(s.id(), s.code() + " " + s.text()));
            }
            try (Project p = Project.open(recovered, PASSWORD)) {
                assertThat(p.check().ok()).isTrue();
                assertThat(p.documents()).isNotEmpty();
                assertThat(r.out()).startsWith("Recovered into " + recovered.toAbsolutePath().normalize() + ": "
                        + p.documents().size() + " documents");
                List<SegmentView> segments = p.segments(SegmentFilter.ALL);
                assertThat(segments).isNotEmpty();
                // What came back is what was there: each segment with its id, code and words.
                segments.forEach(s -> assertThat(sampleSegments.get(s.id())).isEqualTo(s.code() + " " + s.text()));
                assertThat(p.search(SearchQuery.of(MARKER), Progress.NONE).total()).isPositive();
            }
            assertThat(recovered.resolve("encryption.properties")).isRegularFile();
            assertThat(recovered.resolve("index")).doesNotExist();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(recovered)) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).contains(recovered.resolve("project.mv.db"));
            assertThat(files.stream().filter(f -> f.getParent().endsWith("originals")).count()).isEqualTo(21);
            files.forEach(f -> assertThat(ClearText.holdsWord(f, MARKER)).as("%s holds %s in clear", f, MARKER).isFalse());
            // The scan finds the word where it is in clear.
            try (Stream<Path> walk = Files.walk(sample.resolve("originals"))) {
                assertThat(walk.filter(Files::isRegularFile).anyMatch(f -> ClearText.holdsWord(f, MARKER))).isTrue();
            }
        } finally {
            PasswordSource.environment = System::getenv;
            PasswordSource.terminal = prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
        }
    }

    private static Map<Path, String> hashes(Path folder) throws Exception {
        Map<Path, String> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals(".lock")) {
                    all.put(folder.relativize(f), sha256(f));
                }
            }
        }
        return all;
    }

    @Test
    void recoverRefusesAFolderThatHoldsSomething() throws IOException {
        Path damaged = damagedAt(10);
        Path taken = Files.createDirectories(dir.resolve("taken.verbatim"));
        Files.writeString(taken.resolve("notes.txt"), "mine");

        Cli.Result r = Cli.run("recover", damaged, "--out", taken);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Cannot recover into " + taken + ": it already exists and is not empty");
        assertThat(taken.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void aBackupFileRestoresIntoANewProjectThatReadsAsTheOriginal() throws IOException {
        Path file = dir.resolve("sample-backup.zip");
        Cli.Result backup = Cli.run("backup", sample, "--out", file);
        assertThat(backup.exit()).as(backup.toString()).isZero();
        assertThat(backup.out()).contains("Backed up sample (database and 21 originals) to " + file);

        Path restored = dir.resolve("restored.verbatim");
        Cli.Result restore = Cli.run("restore", file, restored);
        assertThat(restore.exit()).as(restore.toString()).isZero();
        assertThat(Cli.run("segments", restored).out()).isEqualTo(Cli.run("segments", sample).out());
        assertThat(Cli.run("check", restored).exit()).isZero();

        Cli.Result again = Cli.run("restore", file, restored);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("it already exists and is not empty");
        Cli.Result notBackup = Cli.run("restore", sample.resolve("project.mv.db"), dir.resolve("x.verbatim"));
        assertThat(notBackup.err()).contains(sample.resolve("project.mv.db") + " is not a Verbatim backup");
    }

    @Test
    void backupSetsHowManyAreKeptAndListsThem() {
        Cli.Result keep = Cli.run("backup", sample, "--keep", 3);
        assertThat(keep.out()).contains("Keeps the newest 3 backups of sample.verbatim");
        Cli.run("docs", sample);

        Cli.Result list = Cli.run("backup", sample);
        assertThat(list.exit()).isZero();
        assertThat(list.outLines()).hasSize(1).allMatch(l -> l.contains(sample.resolve("backups").toString()) && l.endsWith("MB"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
