package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 4 KB of random bytes inside the database of the coded sample study, at block 10 or 74 (a block
 * is 4096 bytes): every command meets it with one clear line, check finds it, no write is
 * accepted, and recover salvages the rest into a new project without touching the damaged one.
 */
class CliDamagedDatabaseTest {
    private static final int BLOCK = 4096;

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
        Path copy = dir.resolve("damaged.verbatim");
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
