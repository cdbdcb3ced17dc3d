package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.cli.VerbatimCli;

/** Interview text stays with its owner: project folders and exports are private, and the log quotes nothing. */
class PrivacyTest {
    private static final String INTERVIEW = "Interviewer: How do you see Europe?\nR1: Europe is a partner.\n";

    @TempDir
    Path dir;

    @Test
    void aNewProjectFolderIsReadableByItsOwnerOnly() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Project.create(folder).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void anExportedFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("table.csv");
        Project.writeTable(file, java.util.List.of("code"), java.util.List.of(java.util.List.of("Europe")), false);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anOriginalLeftByAnImportThatNeverCommittedIsRemovedOnTheNextOpen() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"), INTERVIEW, StandardCharsets.UTF_8);
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(transcript), Progress.NONE);
        }
        // What a kill between the copy and the commit leaves: a copy for a document that does not exist.
        Path orphan = Files.writeString(folder.resolve("originals").resolve("2-second.txt"), INTERVIEW);
        Path kept = folder.resolve("originals").resolve("1-interview.txt");
        assertThat(kept).exists();

        Project.open(folder).close();

        assertThat(orphan).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void theLogHoldsNoInterviewTextFromARefusedCommand() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"), INTERVIEW, StandardCharsets.UTF_8);
        String marker = "Zanzibarquotemarker";
        StringWriter err = new StringWriter();
        VerbatimCli.run(new String[] {"new", folder.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        VerbatimCli.run(new String[] {"import", folder.toString(), transcript.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        int exit = VerbatimCli.run(new String[] {"code", folder.toString(), "interview", "--code", "Europe", "--quote",
            marker + " said nothing like this"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(exit).isNotZero();
        // Tests log where logback-test.xml says; the application's own configuration uses ~/.verbatim/logs.
        Path log = Path.of("target", "test-logs", "verbatim-test.log");
        assertThat(log).exists();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(marker)
                .contains("Command refused: verbatim code");
    }
}
