package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.cli.VerbatimCli;

/** A folder import takes the folder's own files and nothing a link or a device would bring in. */
class FolderImportSafetyTest {
    private static final String INTERVIEW = "Interviewer: How do you see Europe?\nR1: Europe is a partner.\n";

    @TempDir
    Path dir;

    private Path folderWithALinkToASecret() throws Exception {
        Path in = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(in.resolve("interview-01.txt"), INTERVIEW, StandardCharsets.UTF_8);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "root: the password is swordfish\n");
        Files.createSymbolicLink(in.resolve("passwd.txt"), secret);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("other.txt"), "R2: from a linked folder\n");
        Files.createSymbolicLink(in.resolve("linked-folder"), elsewhere);
        return in;
    }

    @Test
    void linksInsideAFolderAreListedAsSkippedAndNotImported() throws Exception {
        Path in = folderWithALinkToASecret();
        try (Project p = Project.create(dir.resolve("study.verbatim"))) {
            ImportReport report = p.importFiles(ImportRequest.of(in), Progress.NONE);

            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("interview-01.txt");
            assertThat(report.refused()).isEmpty();
            assertThat(report.skipped()).extracting(ImportReport.Refused::file)
                    .containsExactly(in.resolve("linked-folder"), in.resolve("passwd.txt"));
            assertThat(report.skipped()).extracting(ImportReport.Refused::reason).containsOnly(ImportFiles.LINK);
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("interview-01.txt");
        }
    }

    @Test
    void aPipeInsideAFolderIsListedAsSkipped() throws Exception {
        Path in = Files.createDirectories(dir.resolve("batch"));
        Files.writeString(in.resolve("interview-01.txt"), INTERVIEW, StandardCharsets.UTF_8);
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("pipe.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        try (Project p = Project.create(dir.resolve("study.verbatim"))) {
            ImportReport report = p.importFiles(ImportRequest.of(in), Progress.NONE);

            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("interview-01.txt");
            assertThat(report.skipped()).containsExactly(new ImportReport.Refused(in.resolve("pipe.txt"),
                    ImportFiles.NOT_A_FILE));
        }
    }

    @Test
    void aLinkNamedByTheUserIsImported() throws Exception {
        Path target = Files.writeString(dir.resolve("real.txt"), INTERVIEW, StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("interview.txt"), target);
        try (Project p = Project.create(dir.resolve("study.verbatim"))) {
            ImportReport report = p.importFiles(ImportRequest.of(link), Progress.NONE);

            assertThat(report.imported()).extracting(ImportReport.Imported::name).containsExactly("interview.txt");
            assertThat(report.skipped()).isEmpty();
        }
    }

    @Test
    void theCommandLineListsSkippedFilesAndStillExitsZero() throws Exception {
        Path in = folderWithALinkToASecret();
        Path folder = dir.resolve("study.verbatim");
        Project.create(folder).close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = VerbatimCli.run(new String[] {"import", folder.toString(), in.toString()}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(exit).isZero();
        assertThat(out.toString()).endsWith("1 imported, 0 refused, 2 skipped" + System.lineSeparator());
        assertThat(err.toString().lines().filter(l -> l.startsWith("Skipped"))).containsExactly(
                "Skipped " + in.resolve("linked-folder") + ": " + ImportFiles.LINK,
                "Skipped " + in.resolve("passwd.txt") + ": " + ImportFiles.LINK);
    }

    @Test
    void aFileNameHoldingALineBreakStaysOnOneOutputLine() throws Exception {
        Path file = Files.writeString(dir.resolve("two\nlines.txt"), INTERVIEW, StandardCharsets.UTF_8);
        Path folder = dir.resolve("study.verbatim");
        Project.create(folder).close();
        StringWriter out = new StringWriter();

        int exit = VerbatimCli.run(new String[] {"import", folder.toString(), file.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString().lines().findFirst().orElseThrow()).startsWith("Imported two\\nlines.txt as document 1:");
    }
}
