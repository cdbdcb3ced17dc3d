package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.ok;
import static org.verbatim.cli.Cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.project.HandMadeStudy;

/**
 * The analysis commands on the hand-made study (figures worked out in its Javadoc and in
 * {@code AnalysisTest}): what they print in each format, what they write to files, and their
 * errors.
 */
class AnalysisCommandsTest {
    @TempDir
    static Path dir;

    private static Path project;

    @BeforeAll
    static void study() throws Exception {
        project = HandMadeStudy.create(dir);
        ok("codes", "add", project, "=HYPERLINK(\"x\")");
    }

    @Test
    void frequenciesAsATreeTableAndAsJson() {
        Cli.Result table = ok("frequencies", project);
        JsonNode json = ok("frequencies", project, "--format", "json").json();

        assertThat(table.outLines()).startsWith("code             segments  documents  participants  words  share",
                "China            5         2          3             27     56.25",
                "  Partner        4         2          2             20     41.67");
        assertThat(json.get(1).get("code").asText()).isEqualTo("China / Partner");
        assertThat(json.get(1).get("share").asDouble()).isEqualTo(41.67);
    }

    @Test
    void crosstabJsonHasTheDocumentedFields() {
        JsonNode t = ok("crosstab", project, "--by", "city", "--codes", "China/Partner", "China/Threat",
                "--unit", "segments", "--stats", "--format", "json").json();

        assertThat(t.get("attribute").asText()).isEqualTo("city");
        assertThat(t.get("unit").asText()).isEqualTo("segments");
        assertThat(t.get("columns")).extracting(JsonNode::asText).containsExactly("Petrozavodsk", "Tomsk");
        assertThat(t.get("rows").get(0).get("code").asText()).isEqualTo("China / Partner");
        assertThat(t.get("rows").get(0).get("counts")).extracting(JsonNode::asLong).containsExactly(1L, 3L);
        assertThat(t.get("rows").get(1).get("total").asLong()).isEqualTo(2);
        assertThat(t.get("participants")).extracting(JsonNode::asLong).containsExactly(2L, 2L);
        JsonNode test = t.get("test");
        assertThat(test.get("name").asText()).isEqualTo("Fisher's exact test");
        assertThat(test.get("df").asInt()).isEqualTo(1);
        assertThat(test.get("p").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(test.get("statistic").asDouble()).isCloseTo(0.375, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(test.get("residuals").get(0).get(0).asDouble())
                .isCloseTo(-0.6124, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void crosstabTableShowsPercentagesTotalsParticipantsAndTheTest() {
        List<String> lines = ok("crosstab", project, "--by", "city", "--codes", "China/Partner", "China/Threat",
                "--unit", "segments", "--stats").outLines();

        assertThat(lines).containsSubsequence(
                "Codes by city (participant attribute), counting segments; cells: count (row % | column %)",
                "code             Petrozavodsk       Tomsk              total  distinct",
                "China / Partner  1 (25.0% | 50.0%)  3 (75.0% | 75.0%)  4      4",
                "China / Threat   1 (50.0% | 50.0%)  1 (50.0% | 25.0%)  2      1",
                "(column total)   2                  4                  6",
                "(participants)   2                  2                  4");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Fisher's exact test: p = 1.000 (X² = 0.3750, df = 1)."));
        assertThat(lines).contains("China / Threat   0.61          -0.61");
    }

    @Test
    void crosstabCsvHasOneHeaderRowAndNumbersASpreadsheetReadsAsNumbers() {
        List<List<String>> csv = ok("crosstab", project, "--by", "city", "--codes", "China/Partner", "China/Threat",
                "--unit", "segments", "--stats", "--format", "csv").csv();

        assertThat(csv.get(0)).startsWith("code", "Petrozavodsk", "Tomsk", "total", "distinct",
                "Petrozavodsk row %", "Tomsk row %", "Petrozavodsk column %", "Tomsk column %",
                "Petrozavodsk expected", "Tomsk expected", "Petrozavodsk residual", "Tomsk residual");
        assertThat(csv.get(1)).containsExactly("China / Partner", "1", "3", "4", "4", "25.00", "75.00", "50.00", "75.00",
                "1.3333", "2.6667", "-0.6124", "0.6124");
        assertThat(csv.get(3)).startsWith("(column total)", "2", "4", "6");
        assertThat(csv.get(4)).startsWith("(participants)", "2", "2", "4");
        assertThat(csv.get(5).get(0)).startsWith("(test) Fisher's exact test: p = 1.000");
        assertThat(csv).allSatisfy(row -> assertThat(row).hasSameSizeAs(csv.get(0)));
    }

    @Test
    void crosstabByCodesAndByBandedAge() {
        JsonNode byCodes = ok("crosstab", project, "--by-codes", "China/Partner", "China/Threat", "--codes",
                "China/Partner", "China/Threat", "--format", "json").json();
        JsonNode byAge = ok("crosstab", project, "--by", "age", "--bands", "18-24,25-29,30+", "--codes", "China",
                "--format", "json").json();

        assertThat(byCodes.get("columnsAre").asText()).isEqualTo("codes");
        assertThat(byCodes.get("rows").get(0).get("counts")).extracting(JsonNode::asLong).containsExactly(2L, 1L);
        assertThat(byAge.get("columns")).extracting(JsonNode::asText).containsExactly("18-24", "25-29", "30+");
        assertThat(byAge.get("rows").get(0).get("counts")).extracting(JsonNode::asLong).containsExactly(1L, 1L, 1L);
    }

    @Test
    void codePathsBeforeTheProjectStopAtTheProjectFolder() {
        JsonNode before = ok("frequencies", "--codes", "China/Partner", "China/Threat", project, "--format", "json").json();
        JsonNode byCodesBefore = ok("crosstab", "--by-codes", "China/Partner", "China/Threat", project, "--codes",
                "China/Partner", "--format", "json").json();

        assertThat(before).extracting(r -> r.get("code").asText()).containsExactly("China / Partner", "China / Threat");
        assertThat(byCodesBefore.get("columns")).extracting(JsonNode::asText)
                .containsExactly("China / Partner", "China / Threat");
        assertThat(run("frequencies", project, "--codes", "--coder", "anna").errLines()).containsExactly(
                "verbatim: --codes needs at least one code path, e.g. --codes \"Threats/China\" (see: verbatim frequencies --help)");
    }

    @Test
    void filtersCombine() {
        JsonNode women = ok("crosstab", project, "--by", "city", "--codes", "China/Threat", "--where", "gender=female",
                "--format", "json").json();
        JsonNode focusByBoris = ok("frequencies", project, "--codes", "Europe", "--documents", "focus,anna",
                "--coder", "boris", "--format", "json").json();

        assertThat(women.get("rows").get(0).get("counts")).extracting(JsonNode::asLong).containsExactly(1L, 0L);
        assertThat(focusByBoris.get(0).get("segments").asLong()).isEqualTo(1);
    }

    @Test
    void cooccurrenceJson() {
        JsonNode m = ok("cooccurrence", project, "--scope", "turn", "--codes", "China/Partner", "China/Threat",
                "--format", "json").json();

        assertThat(m.get("scope").asText()).isEqualTo("turn");
        assertThat(m.get("counts").get(0)).extracting(JsonNode::asLong).containsExactly(3L, 1L);
        assertThat(m.get("jaccard").get(0).get(1).asDouble()).isEqualTo(0.25);
    }

    @Test
    void retrieveShowsSpeakersAttributesAndContext() {
        JsonNode r = ok("retrieve", project, "--code", "China/Threat", "--context", "10", "--format", "json").json();

        assertThat(r).hasSize(1);
        assertThat(r.get(0).get("speakers")).extracting(JsonNode::asText).containsExactly("Boris", "Vera");
        assertThat(r.get(0).get("attributes").get("city").asText()).isEqualTo("Tomsk; Petrozavodsk");
        assertThat(r.get(0).get("before").asText()).isEqualTo("n.\nBoris: ");
        assertThat(r.get(0).get("after").asText()).isEqualTo(". But they");
    }

    @Test
    void matrixWritesAFileForStatisticsPackagesWithAByteOrderMarkForExcel() throws Exception {
        Path file = dir.resolve("matrix.csv");

        Cli.Result r = ok("matrix", project, "--binary", "--codes", "China/Partner", "Europe", "--out", file, "--excel");

        assertThat(r.out()).isEqualTo("Wrote 4 participants × 2 codes to " + file + "\n");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Cli.csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))).containsExactly(
                List.of("participant", "city", "age", "gender", "China / Partner", "Europe"),
                List.of("P1", "Tomsk", "23", "female", "1", "1"),
                List.of("P2", "Tomsk", "31", "male", "0", "0"),
                List.of("P3", "Petrozavodsk", "27", "female", "1", "0"),
                List.of("P4", "Petrozavodsk", "45", "male", "0", "0"));
    }

    @Test
    void outWithAJsonExtensionWritesJson() throws Exception {
        Path file = dir.resolve("frequencies.json");

        ok("frequencies", project, "--out", file);

        assertThat(Files.readString(file)).startsWith("[ {\n  \"code\" : \"China\"");
    }

    @Test
    void aCodeNameASpreadsheetWouldRunIsNeutralisedInCsv() {
        List<List<String>> csv = ok("frequencies", project, "--format", "csv").csv();

        assertThat(csv).extracting(row -> row.get(0)).contains("'=HYPERLINK(\"x\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"frequencies", "crosstab --by city", "cooccurrence", "retrieve --code China", "matrix"})
    void everyAnalysisPrintsInEveryFormat(String command) {
        for (String format : List.of("table", "csv", "json")) {
            List<Object> args = new java.util.ArrayList<>(List.of((Object[]) command.split(" ")));
            args.add(1, project);
            args.add("--format");
            args.add(format);
            Cli.Result r = ok(args.toArray());
            assertThat(r.out()).as(r.toString()).isNotBlank();
            assertThat(r.err()).isEmpty();
        }
    }

    @Test
    void errorsAreOneLine() {
        assertThat(run("crosstab", project).errLines()).singleElement().satisfies(l -> assertThat(l)
                .startsWith("verbatim: Error: Missing required argument (specify one of these): (--by=ATTR | --by-codes=PATH...")
                .endsWith("(see: verbatim crosstab --help)"));
        assertThat(run("crosstab", project, "--by", "town").errLines())
                .containsExactly("verbatim: There is no attribute 'town' (participant attributes: city, age, gender;"
                        + " document attributes: format)");
        assertThat(run("crosstab", project, "--by", "city", "--unit", "people").errLines())
                .containsExactly("verbatim: Unknown --unit 'people' (use segments, documents or participants)");
        assertThat(run("crosstab", project, "--by", "city", "--unit", "segments", "--stats").errLines())
                .containsExactly("verbatim: A test needs rows that do not contain one another, but 'China' and"
                        + " 'China / Partner' share segments; choose the rows with --codes");
        assertThat(run("cooccurrence", project, "--scope", "sentence").errLines())
                .containsExactly("verbatim: Unknown --scope 'sentence' (use overlap, turn or document)");
        assertThat(run("frequencies", project, "--excel").errLines())
                .containsExactly("verbatim: --excel applies to CSV output; add --format csv");
        assertThat(run("retrieve", project, "--code", "China", "--where", "town=Tomsk").errLines())
                .containsExactly("verbatim: There is no attribute 'town' (see: verbatim participants, verbatim docs)");
        Cli.Result missingFolder = run("matrix", project, "--out", dir.resolve("nowhere/m.csv"));
        assertThat(missingFolder.exit()).isEqualTo(2);
        assertThat(missingFolder.errLines()).singleElement().satisfies(l -> assertThat(l).contains("does not exist"));
        assertThat(run("frequencies", project, "--out", dir).errLines()).containsExactly("verbatim: Cannot write " + dir
                + ": it is a folder; give a file name inside it, e.g. " + dir.resolve("table.csv"));
        assertThat(run("frequencies", project, "--out", "/", "--format", "csv").errLines())
                .containsExactly("verbatim: Cannot write /: give a file name, e.g. /table.csv");
    }
}
