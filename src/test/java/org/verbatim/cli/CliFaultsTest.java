package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.Launcher;
import org.verbatim.testing.Mounts;

/** Faults as the command line shows them: one line on standard error, exit 2, the project as it was. */
class CliFaultsTest {
    @TempDir
    Path dir;
    private Path immutable;

    @AfterEach
    void undo() {
        if (immutable != null) {
            Mounts.immutable(immutable, false);
        }
    }

    @Test
    void runningOutOfMemoryPrintsOneLineAndChangesNothing() throws Exception {
        Path project = dir.resolve("m.verbatim");
        Cli.ok("new", project);
        Path big = dir.resolve("mt6.txt");
        Files.writeString(big, "A: yes ok.\n\nB: no.\n\n".repeat(300_000));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx48m", "-Dverbatim.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "import", project.toString(), big.toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the import must not hang").isTrue();
        List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("[")).toList();

        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(err).singleElement().asString()
                .startsWith("verbatim: ran out of memory (the limit is ")
                .contains("JAVA_TOOL_OPTIONS=-Xmx");
        assertThat(Cli.ok("docs", project).out()).contains("(none)");
    }

    @Test
    void aTranscriptOfMoreThanAMillionTurnsIsRefusedUpFrontWithItsReason() throws IOException {
        Path project = dir.resolve("m.verbatim");
        Cli.ok("new", project);
        Path many = dir.resolve("many.txt");
        Files.writeString(many, "A: a\n".repeat(1_000_001));

        Cli.Result r = Cli.run("import", project, many);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out() + r.err()).contains("holds more than 1,000,000 speaker turns, the limit for one transcript;"
                + " split it into several files");
        assertThat(Cli.ok("docs", project).out()).contains("(none)");
    }

    @Test
    void aReadOnlyDatabaseLetsReadingCommandsWorkAndWritingOnesSayWhyNot() throws IOException {
        Path project = dir.resolve("s.verbatim");
        Cli.ok("new", project);
        Cli.ok("import", project, Cli.SAMPLE.resolve("nizhny-novgorod/NNV-semi-04.txt"));
        Path database = project.resolve("project.mv.db");
        if (Mounts.isRoot()) {
            String why = Mounts.immutable(database, true);
            Assumptions.assumeTrue(why == null, "root writes through permissions and the database cannot be made"
                    + " immutable here (" + why + ")");
            immutable = database;
        } else {
            Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--------"));
        }

        assertThat(Cli.ok("docs", project).out()).contains("NNV-semi-04.txt");
        assertThat(Cli.ok("search", project, "China").out()).contains("**China**");
        Cli.Result code = Cli.run("code", project, "1", "--code", "Places/China", "--range", "0:5");

        assertThat(code.exit()).isEqualTo(2);
        assertThat(code.errLines()).singleElement().asString().startsWith("verbatim: the project's database ")
                .endsWith("project.mv.db is read-only: it can be read but not changed; make it writable (chmod u+w)"
                        + " to work on it");
    }
}
