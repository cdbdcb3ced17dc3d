package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Project;

/**
 * {@code export excerpts --pseudonymise [--mask FILE]} on the sample study: a file that can be
 * handed to someone outside the ethics approval holds no participant's id, name or speaker label.
 */
class CliPseudonymisedExportTest {
    @TempDir
    static Path dir;
    static Path project;
    static List<ParticipantView> participants;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = dir.resolve("study.verbatim");
        ok("demo", project);
        try (Project p = Project.open(project)) {
            participants = p.participants();
        }
    }

    @Test
    void noParticipantIdOrNameIsLeftAndEachPersonHasOnePseudonymInEveryExport() throws IOException {
        Path first = dir.resolve("first.csv");
        Path again = dir.resolve("again.csv");
        Path plain = dir.resolve("plain.csv");

        Cli.Result r = ok("export", "excerpts", project, "--out", first, "--pseudonymise");
        ok("export", "excerpts", project, "--out", again, "--pseudonymise");
        ok("export", "excerpts", project, "--out", plain);

        assertThat(r.out()).endsWith(", participants pseudonymised\n");
        String text = Files.readString(first);
        String plainText = Files.readString(plain);
        // The coder column names the researchers, who are not participants (one coder shares a first name with one).
        String cells = withoutCoders(text);
        String plainCells = withoutCoders(plainText);
        int namesInThePlainExport = 0;
        for (ParticipantView p : participants) {
            assertThat(text).doesNotContain(p.key());
            for (String word : p.name().split("[\\s.]+")) {
                if (word.length() >= 3) {
                    Pattern asWord = Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                    namesInThePlainExport += asWord.matcher(plainCells).find() ? 1 : 0;
                    assertThat(asWord.matcher(cells).find()).as(word).isFalse();
                }
            }
        }
        assertThat(namesInThePlainExport).as("names the plain export holds").isGreaterThan(5);
        assertThat(Files.readString(again)).isEqualTo(text);
        List<List<String>> rows = Cli.csv(text);
        int column = rows.get(0).indexOf("participants");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(column)).matches("(P\\d{3}(; )?)*"));
        List<List<String>> plainRows = Cli.csv(plainText);
        assertThat(rows).hasSameSizeAs(plainRows);
        assertThat(text).containsPattern("P0\\d\\d sharpens");
    }

    private static String withoutCoders(String csv) {
        List<List<String>> rows = Cli.csv(csv);
        int coder = rows.get(0).indexOf("coder");
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                out.append(c == coder ? "" : row.get(c)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void aListOfNamesAndPlacesIsMaskedWithTheReplacementsItGives() throws IOException {
        Path list = dir.resolve("names.txt");
        Files.writeString(list, "# places\nMoscow => [capital]\nNizhny Novgorod\n\n");
        Path csv = dir.resolve("masked.csv");

        Cli.Result r = ok("export", "excerpts", project, "--out", csv, "--mask", list, "--code", "Threats/NATO");

        assertThat(r.out()).endsWith(", names from names.txt masked\n");
        String text = Files.readString(csv);
        assertThat(text).doesNotContainIgnoringCase("moscow").doesNotContain("Nizhny Novgorod").contains("[masked]");
    }

    @Test
    void aMissingListIsRefusedNamingItAndWritesNoFile() {
        Path csv = dir.resolve("none.csv");

        Cli.Result r = Cli.run("export", "excerpts", project, "--out", csv, "--mask", dir.resolve("absent.txt"));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("absent.txt").contains("does not exist");
        assertThat(csv).doesNotExist();
    }
}
