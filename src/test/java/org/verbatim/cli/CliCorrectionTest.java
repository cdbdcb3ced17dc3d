package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim edit}, {@code import --replace} and {@code history} as a user runs them. */
class CliCorrectionTest {
    static final String INTERVIEW = """
            Interviewer: Who told you?
            Vera: Ivanov told me. Europe is a partner for us.
            Interviewer: And then?
            Vera: Nothing more.
            """;

    @TempDir
    Path dir;
    Path project;

    @BeforeEach
    void codedInterview() throws Exception {
        project = dir.resolve("study.verbatim");
        assertThat(Cli.run("new", project).exit()).isZero();
        Path file = Files.writeString(dir.resolve("vera.txt"), INTERVIEW);
        assertThat(Cli.run("import", project, file).exit()).isZero();
        assertThat(Cli.run("code", project, "vera.txt", "--code", "Names", "--quote", "Ivanov", "--coder", "ann").exit())
                .isZero();
        assertThat(Cli.run("code", project, "vera.txt", "--code", "Partner", "--quote", "Europe is a partner",
                "--coder", "ann").exit()).isZero();
        assertThat(Cli.run("code", project, "vera.txt", "--code", "Ending", "--quote", "Nothing more.",
                "--coder", "bob").exit()).isZero();
    }

    @Test
    void editByQuoteReportsWhatMovesAndGrowsAndCheckStillPasses() {
        Cli.Result r = Cli.run("edit", project, "vera.txt", "--quote", "Ivanov", "--text", "Ivanova", "--editor", "ann");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.outLines()).containsExactly(
                "Saved version 2 of vera.txt: Replaced \"Ivanov\" with \"Ivanova\"",
                "Words 16 -> 16, turns 4 -> 4",
                "Segments: 0 unchanged, 2 move, 0 shrink, 0 grow, 1 change words, 0 lose all their words",
                "  changes words: segment 1 Names by ann: \"Ivanov\" -> \"Ivanova\"");
        assertThat(Cli.run("check", project).out()).contains("all offsets point at the text they were made on");
        assertThat(Cli.run("search", project, "Ivanova").out()).contains("Ivanova");
    }

    @Test
    void deletingACodedPassageIsRefusedWithoutForceAndListsTheSegmentThenSavedWithForce() {
        Cli.Result refused = Cli.run("edit", project, "vera.txt", "--quote", "\nInterviewer: And then?\nVera: Nothing more.",
                "--text", "");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.outLines()).contains("  loses all its words: segment 3 Ending by bob: \"Nothing more.\"");
        assertThat(refused.err()).contains("1 segment would lose all their words; nothing was saved."
                + " Run again with --force to save and remove them");
        assertThat(Cli.run("history", project, "vera.txt", "--format", "csv").csv()).hasSize(2);

        Cli.Result forced = Cli.run("edit", project, "vera.txt", "--quote", "\nInterviewer: And then?\nVera: Nothing more.",
                "--text", "", "--force", "--summary", "Cut the ending");
        assertThat(forced.exit()).as(forced.toString()).isZero();
        assertThat(forced.outLines()).contains("Saved version 2 of vera.txt: Cut the ending",
                "  removed segment 3 Ending by bob: \"Nothing more.\"");
        assertThat(Cli.run("segments", project, "--format", "csv").csv()).hasSize(3);
    }

    @Test
    void importReplaceTakesACorrectedFileAndHistoryListsTheVersions() throws Exception {
        Path fixed = Files.writeString(dir.resolve("vera-fixed.txt"), INTERVIEW.replace("Ivanov told", "Ivanova told")
                .replace("Vera: Ivanova", "Respondent: Ivanova"));

        Cli.Result dry = Cli.run("import", project, fixed, "--replace", "vera.txt", "--dry-run");
        assertThat(dry.outLines()).first().isEqualTo("Correcting vera.txt: Replaced by vera-fixed.txt");
        assertThat(dry.outLines()).last().isEqualTo("Nothing saved (--dry-run)");

        Cli.Result replaced = Cli.run("import", project, fixed, "--replace", "vera.txt", "--editor", "ann");
        assertThat(replaced.exit()).as(replaced.toString()).isZero();
        assertThat(Cli.run("speakers", project, "vera.txt").out()).contains("Respondent");

        Cli.Result history = Cli.run("history", project, "vera.txt");
        assertThat(history.outLines()).hasSize(3);
        assertThat(history.outLines().get(0)).contains("version", "saved", "editor", "summary");
        assertThat(history.outLines().get(1)).startsWith("1 ").contains(" - ", "Imported from vera.txt", "false");
        assertThat(history.outLines().get(2)).startsWith("2 ").contains(" ann ", "Replaced by vera-fixed.txt", "true");
    }

    @Test
    void aBadRangeIsRefusedWithTheReasonAndChangesNothing() {
        Cli.Result r = Cli.run("edit", project, "vera.txt", "--range", "5-9", "--text", "x");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("verbatim: --range takes START:END, two whole numbers, not '5-9'\n");
        assertThat(Cli.run("history", project, "vera.txt", "--format", "csv").csv()).hasSize(2);
    }
}
