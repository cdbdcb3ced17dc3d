package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.ok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.ExcerptSelection;
import org.verbatim.project.Project;

/**
 * {@code verbatim export excerpts} with the choices of the window's export dialog — columns,
 * the semicolon layout, several codes and coders — on the sample study, checked against what the
 * project itself counts for the same choice.
 */
class CliExcerptExportTest {
    private static final String NATO = "Threats/NATO";
    private static final String FUNDING = "Sovereignty and globalisation/Western funding";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path dir;
    static Path project;
    static List<String> allColumns;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = dir.resolve("study.verbatim");
        ok("demo", project);
        try (Project p = Project.open(project)) {
            allColumns = p.excerptChoices().columns();
        }
    }

    private static int count(List<String> codes, Map<String, List<String>> where, List<String> coders) {
        try (Project p = Project.open(project)) {
            return p.countExcerpts(new ExcerptSelection(codes, where, coders, List.of()));
        }
    }

    private static int written(Cli.Result r, Path csv) {
        assertThat(r.out()).matches("Wrote \\d+ excerpts to " + java.util.regex.Pattern.quote(csv.toString()) + "\n");
        return Integer.parseInt(r.out().split(" ")[1]);
    }

    @Test
    void columnsAreExactlyTheHeaderInTheOrderGiven() throws IOException {
        Path csv = dir.resolve("columns.csv");

        Cli.Result r = ok("export", "excerpts", project, "--out", csv, "--code", NATO,
                "--columns", "text,code,doc_city,participants,segment_id");

        List<List<String>> rows = Cli.csv(Files.readString(csv));
        assertThat(Files.readString(csv)).startsWith("text,code,doc_city,participants,segment_id\n");
        assertThat(rows.get(0)).containsExactly("text", "code", "doc_city", "participants", "segment_id");
        assertThat(written(r, csv)).isEqualTo(rows.size() - 1).isEqualTo(count(List.of(NATO), Map.of(), List.of()))
                .isPositive();
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> {
            assertThat(row).hasSize(5);
            assertThat(row.get(1)).isEqualTo("Threats / NATO");
            assertThat(row.get(4)).matches("\\d+");
        });
    }

    @Test
    void anUnknownOrRepeatedColumnIsRefusedInOneLineListingTheColumnsAndWritesNoFile() {
        Path csv = dir.resolve("refused.csv");
        String columns = String.join(", ", allColumns);

        Cli.Result unknown = Cli.run("export", "excerpts", project, "--out", csv, "--columns", "text,town");
        Cli.Result twice = Cli.run("export", "excerpts", project, "--out", csv, "--columns", "text,code,text");

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("verbatim: There is no column 'town' in the excerpts of this project;"
                + " the columns are: " + columns + "\n");
        assertThat(columns).startsWith("document, participants, city,").endsWith(", segment_id, created");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).isEqualTo("verbatim: --columns names 'text' twice; the columns are: " + columns + "\n");
        assertThat(unknown.out() + twice.out()).isEmpty();
        assertThat(csv).doesNotExist();
    }

    @Test
    void semicolonSeparatorWritesTheByteOrderMarkSemicolonsAndCyrillicIntact() throws IOException {
        Path csv = dir.resolve("semicolon.csv");
        Path withExcel = dir.resolve("semicolon-excel.csv");

        Cli.Result r = ok("export", "excerpts", project, "--out", csv, "--separator", "semicolon",
                "--document", "TOM-semi-04", "--columns", "participants,text,coder");
        ok("export", "excerpts", project, "--out", withExcel, "--excel", "--separator", "semicolon",
                "--document", "TOM-semi-04", "--columns", "participants,text,coder");

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("participants;text;coder\n");
        List<List<String>> rows = Cli.csv(text, ';');
        List<String> texts = ok("segments", project, "--document", "TOM-semi-04", "--format", "json").json()
                .findValuesAsText("text");
        assertThat(written(r, csv)).isEqualTo(rows.size() - 1).isEqualTo(texts.size()).isPositive();
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(3));
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(1)).containsExactlyElementsOf(texts)
                .anyMatch(t -> t.matches("(?s).*[А-Яа-я].*"));
        assertThat(Files.readAllBytes(withExcel)).isEqualTo(bytes);
    }

    @Test
    void repeatedCodesAndCodersTakeTheUnionEachSegmentOnce() throws IOException {
        Path csv = dir.resolve("union.csv");

        int nato = written(ok("export", "excerpts", project, "--out", csv, "--code", NATO), csv);
        int funding = written(ok("export", "excerpts", project, "--out", csv, "--code", FUNDING), csv);
        int both = written(ok("export", "excerpts", project, "--out", csv, "--code", NATO, "--code", FUNDING), csv);
        int bothRows = Cli.csv(Files.readString(csv)).size() - 1;
        int threats = written(ok("export", "excerpts", project, "--out", csv, "--code", "Threats"), csv);
        int threatsAndNato = written(ok("export", "excerpts", project, "--out", csv, "--code", "Threats",
                "--code", NATO), csv);
        int twoCodersInTomsk = written(ok("export", "excerpts", project, "--out", csv, "--coder", "elena",
                "--coder", "pavel", "--where", "city=Tomsk"), csv);

        assertThat(both).isEqualTo(bothRows).isEqualTo(count(List.of(NATO, FUNDING), Map.of(), List.of()))
                .isEqualTo(nato + funding);
        assertThat(nato).isPositive();
        assertThat(funding).isPositive();
        assertThat(threatsAndNato).isEqualTo(threats).isGreaterThan(nato);
        assertThat(twoCodersInTomsk).isEqualTo(count(List.of(), Map.of("city", List.of("Tomsk")), List.of()))
                .isEqualTo(count(List.of(), Map.of("city", List.of("Tomsk")), List.of("elena"))
                        + count(List.of(), Map.of("city", List.of("Tomsk")), List.of("pavel")));
    }

    @Test
    void aChoiceThatTakesNoExcerptIsRefusedAndWritesNoFile() {
        Path csv = dir.resolve("none.csv");

        Cli.Result r = Cli.run("export", "excerpts", project, "--out", csv, "--code", NATO,
                "--where", "city=Vladivostok", "--separator", "semicolon");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("verbatim: No coded excerpt matches the chosen codes and filters; " + csv
                + " was not written\n");
        assertThat(csv).doesNotExist();
    }

    @Test
    void withoutTheNewOptionsEveryColumnWithCommasAndABomOnlyWithExcel() throws IOException {
        Path plain = dir.resolve("plain.csv");
        Path excel = dir.resolve("excel.csv");

        int n = written(ok("export", "excerpts", project, "--out", plain, "--code", NATO, "--coder", "pavel"), plain);
        ok("export", "excerpts", project, "--out", excel, "--code", NATO, "--coder", "pavel", "--excel");

        byte[] plainBytes = Files.readAllBytes(plain);
        List<List<String>> rows = Cli.csv(new String(plainBytes, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactlyElementsOf(allColumns);
        assertThat(n).isEqualTo(rows.size() - 1).isEqualTo(count(List.of(NATO), Map.of(), List.of("pavel")));
        assertThat(plainBytes[0]).isEqualTo((byte) 'd');
        byte[] excelBytes = Files.readAllBytes(excel);
        assertThat(Arrays.copyOf(excelBytes, 3)).containsExactly(BOM);
        assertThat(Arrays.copyOfRange(excelBytes, 3, excelBytes.length)).isEqualTo(plainBytes);
    }

    @Test
    void helpNamesTheNewOptionsAndHowTheSeparatorGoesWithExcel() {
        Cli.Result help = ok("export", "excerpts", "--help");

        assertThat(help.out()).contains("--columns=NAME[,NAME...]", "--separator=SEP", "comma, semicolon",
                "always adds the byte-order mark", "--code=PATH", "--coder=NAME");
    }
}
