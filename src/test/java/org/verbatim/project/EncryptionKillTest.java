package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (kill -9) while it encrypts or decrypts a project leaves the project as it was
 * or as it would be after the change, never in between: it opens, with or without the password as
 * its header says, and holds the same documents, codes and segments.
 */
class EncryptionKillTest {
    private static final String PASSWORD = "kill test";

    @TempDir
    Path dir;

    @Test
    void aKillWhileEncryptingOrDecryptingLeavesAProjectThatOpensWithAllItsData() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        List<Path> transcripts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            transcripts.add(Files.writeString(dir.resolve("interview-" + i + ".txt"),
                    "Interviewer: Question " + i + "?\n\nAnna: Answer number " + i + " about Siberia and China.\n\n"
                            + "Interviewer: Go on.\n\nAnna: More words.\n\n".repeat(400)));
        }
        EncryptedProjectTest.Snapshot before;
        try (Project p = Project.create(folder)) {
            p.importFiles(new ImportRequest(transcripts, java.util.Map.of(), null, null, null), Progress.NONE);
            p.code(CodingRequest.quote("interview-7.txt", "China", "Answer number 7 about Siberia and China.", "elena"));
            before = EncryptedProjectTest.Snapshot.of(p);
        }

        // How long a whole change takes here (start-up, the key's derivation, the copies), so kills land inside it.
        long whole = run(folder, "encrypt", Long.MAX_VALUE);
        assertThat(ProjectEncryption.isEncrypted(folder)).isTrue();
        run(folder, "decrypt", Long.MAX_VALUE);
        assertThat(ProjectEncryption.isEncrypted(folder)).isFalse();

        int killed = 0;
        for (double fraction : new double[] {0.4, 0.7, 0.9, 1.0}) {
            boolean encrypted = ProjectEncryption.isEncrypted(folder);
            if (run(folder, encrypted ? "decrypt" : "encrypt", (long) (whole * fraction)) < 0) {
                killed++;
            }
            boolean nowEncrypted = ProjectEncryption.isEncrypted(folder);
            try (Project p = nowEncrypted ? Project.open(folder, PASSWORD) : Project.open(folder)) {
                assertThat(EncryptedProjectTest.Snapshot.of(p)).as("after a kill at %.0f%%", fraction * 100).isEqualTo(before);
                assertThat(p.check().ok()).isTrue();
            }
            assertThat(folder.resolve(".rekeying")).doesNotExist();
            assertThat(folder.resolve(".swap")).doesNotExist();
        }
        assertThat(killed).as("changes killed before they finished").isPositive();
    }

    /** Runs {@code verbatim COMMAND FOLDER}, killing it after {@code killAfterMs}; returns its milliseconds, or -1 when killed. */
    private static long run(Path folder, String command, long killAfterMs) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.verbatim.Launcher", command, folder.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("VERBATIM_PASSWORD", PASSWORD);
        long t0 = System.nanoTime();
        Process child = builder.start();
        child.getOutputStream().close();
        if (child.waitFor(Math.min(killAfterMs, 180_000), TimeUnit.MILLISECONDS)) {
            assertThat(child.exitValue()).as("verbatim %s", command).isZero();
            return (System.nanoTime() - t0) / 1_000_000;
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return -1;
    }
}
