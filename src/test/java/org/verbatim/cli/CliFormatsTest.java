package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.SAMPLE;
import static org.verbatim.cli.Cli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every listing prints as an aligned table, as CSV and as JSON, and the three say the same:
 * the CSV has one column per (flattened) JSON field, with the same values, made safe for
 * spreadsheets; the table has one line per row however many lines a memo has.
 */
class CliFormatsTest {
    private static final String MEMO = "=1+2, said \"Pavel\"\nsecond line";

    @TempDir
    static Path dir;

    private static Path project;

    @BeforeAll
    static void projectWithSomethingInEveryListing() {
        project = dir.resolve("formats.verbatim");
        ok("new", project);
        ok("participants", project, "--import", SAMPLE.resolve("participants.csv"));
        ok("import", project, SAMPLE.resolve("tomsk/TOM-semi-01.txt"), SAMPLE.resolve("tomsk/TOM-focus-group.txt"),
                "--attributes", SAMPLE.resolve("documents.csv"));
        ok("speakers", project, "--import", SAMPLE.resolve("speakers.csv"));
        ok("codes", "add", project, "Image of Russia/State bear",
                "--description", "Russia as a bear: big, \"clumsy\";\nnot friendly");
        ok("code", project, "TOM-semi-01", "--code", "Image of Russia/State bear",
                "--quote", "Russia looks like a state bear", "--coder", "anna", "--memo", MEMO);
        ok("code", project, "TOM-focus-group", "--code", "Work/Abroad", "--range", "700:900", "--coder", "boris");
        ok("memos", "add", project, "--title", "Overall", "Cities differ, as expected;\nTomsk most open");
        ok("memos", "add", project, "--on", "code:Work/Abroad", "--", "-only the focus group so far");
        ok("memos", "add", project, "--on", "document:TOM-semi-01", "@Pavel: check the recording");
    }

    /** The listing commands, as typed before {@code --format}. */
    static Stream<List<Object>> listings() {
        return Stream.of(List.of("docs"), List.of("participants"), List.of("speakers"), List.of("codes"),
                List.of("segments"), List.of("memos"), List.of("show", "TOM-semi-01"));
    }

    static Stream<Arguments> listingsTimesFormats() {
        return listings().flatMap(l -> Stream.of("table", "csv", "json").map(f -> Arguments.of(l, f)));
    }

    private static Cli.Result list(List<Object> command, String format) {
        List<Object> args = new ArrayList<>();
        args.add(command.get(0));
        args.add(project);
        args.addAll(command.subList(1, command.size()));
        args.add("--format");
        args.add(format);
        return ok(args.toArray());
    }

    /** The rows of a listing's JSON: the array itself, or the turns of {@code show}. */
    private static JsonNode jsonRows(List<Object> command) {
        JsonNode json = list(command, "json").json();
        return command.get(0).equals("show") ? json.get("turns") : json;
    }

    @ParameterizedTest(name = "{0} --format {1}")
    @MethodSource("listingsTimesFormats")
    void listingPrintsInEveryFormatWithoutErrors(List<Object> command, String format) {
        Cli.Result r = list(command, format);
        int rows = jsonRows(command).size();

        assertThat(r.err()).isEmpty();
        assertThat(rows).as("the fixture puts something in every listing").isPositive();
        switch (format) {
            case "json" -> assertThat(r.json().isContainerNode()).isTrue();
            case "csv" -> assertThat(r.csv()).hasSize(rows + 1);
            default -> assertThat(r.outLines()).as(r.out()).hasSize(rows + 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void csvHasAsManyCellsInEveryRowAsTheHeader(List<Object> command) {
        List<List<String>> csv = list(command, "csv").csv();

        assertThat(csv.get(0)).isNotEmpty().doesNotHaveDuplicates();
        assertThat(csv).allSatisfy(row -> assertThat(row).hasSameSizeAs(csv.get(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void csvSaysWhatJsonSaysOneColumnPerField(List<Object> command) {
        List<List<String>> csv = list(command, "csv").csv();
        List<Map<String, String>> expected = new ArrayList<>();
        for (JsonNode row : jsonRows(command)) {
            expected.add(flatten(row));
        }

        List<Map<String, String>> actual = new ArrayList<>();
        for (List<String> row : csv.subList(1, csv.size())) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                cells.put(csv.get(0).get(i), row.get(i));
            }
            actual.add(cells);
        }

        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            for (var e : expected.get(i).entrySet()) {
                assertThat(actual.get(i)).as("row %d of %s", i, command).containsEntry(e.getKey(), e.getValue());
            }
        }
    }

    /**
     * A JSON row as the CSV should show it: nested objects become columns (prefixed with their
     * field's name when a column of the row has that name already), arrays are joined with
     * {@code "; "}, null is empty, and cells a spreadsheet would run are neutralised.
     */
    private static Map<String, String> flatten(JsonNode row) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> topLevel = names(row);
        for (String field : topLevel) {
            JsonNode v = row.get(field);
            if (v.isObject()) {
                for (String key : names(v)) {
                    out.put(topLevel.contains(key) || out.containsKey(key) ? field + "." + key : key, cell(v.get(key)));
                }
            } else {
                out.put(field, cell(v));
            }
        }
        return out;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String cell(JsonNode v) {
        String text;
        if (v == null || v.isNull()) {
            text = "";
        } else if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            text = String.join("; ", parts);
        } else {
            text = v.asText();
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    @Test
    void docsCsvKeepsTheFileFormatBesideAFormatAttribute() {
        // documents.csv has a column "format" (in-depth, focus group...); the listing has the file format too.
        List<List<String>> csv = ok("docs", project, "--format", "csv").csv();

        assertThat(csv.get(0)).containsExactly("id", "name", "format", "language", "encoding", "turns", "words",
                "segments", "city", "attributes.format", "date", "interviewer");
        assertThat(csv.get(1)).containsExactly("2", "TOM-focus-group.txt", "text", "en", "UTF-8", "159", "3913", "1",
                "Tomsk", "focus group", "2012-04-06", "TOM-M1");
        assertThat(csv.get(2)).containsExactly("1", "TOM-semi-01.txt", "text", "en", "UTF-8", "31", "1307", "1",
                "Tomsk", "semi-structured", "2012-03-22", "TOM-I1");
    }

    @Test
    void docsTableShowsTheFileFormatToo() {
        List<String> lines = ok("docs", project).outLines();

        assertThat(lines.get(0).split(" +")).containsExactly("id", "name", "format", "language", "encoding", "turns",
                "words", "segments", "city", "attributes.format", "date", "interviewer");
        assertThat(lines.get(2)).startsWith("1   TOM-semi-01.txt      text    en        UTF-8");
    }

    @Test
    void segmentsCsvNeutralisesAFormulaMemoAndKeepsItsCommaQuotesAndNewline() {
        List<List<String>> csv = ok("segments", project, "--format", "csv").csv();
        int memo = csv.get(0).indexOf("memo");

        assertThat(csv.get(0)).containsExactly("id", "document", "code", "start", "end", "coder", "participants",
                "text", "memo");
        assertThat(csv.get(2).get(memo)).isEqualTo("'" + MEMO);
        assertThat(csv.get(2).get(csv.get(0).indexOf("text"))).isEqualTo("Russia looks like a state bear");
        assertThat(csv.get(1).get(csv.get(0).indexOf("participants"))).isEqualTo("TOM-R07; TOM-R08; TOM-R09");
    }

    @Test
    void segmentsJsonKeepsTheMemoAsTypedAndParticipantsAsAList() {
        JsonNode segments = ok("segments", project, "--format", "json").json();

        assertThat(segments.get(1).get("memo").asText()).isEqualTo(MEMO);
        assertThat(segments.get(0).get("participants").isArray()).isTrue();
        assertThat(segments.get(0).get("participants")).hasSize(3);
    }

    @Test
    void memosListEveryMemoWithWhatItIsOn() {
        JsonNode memos = ok("memos", project, "--format", "json").json();

        assertThat(memos).hasSize(3);
        assertThat(memos).extracting(m -> m.get("on").asText()).containsExactly("project", "code", "document");
        assertThat(memos.get(0).get("title").asText()).isEqualTo("Overall");
        assertThat(memos.get(0).get("text").asText()).isEqualTo("Cities differ, as expected;\nTomsk most open");
        assertThat(memos.get(2).get("target").asLong()).as("document id of TOM-semi-01").isEqualTo(1);
        assertThat(memos.get(0).get("updated").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        List<List<String>> csv = ok("memos", project, "--format", "csv").csv();
        assertThat(csv.get(2).get(csv.get(0).indexOf("text"))).isEqualTo("'-only the focus group so far");
        assertThat(csv.get(3).get(csv.get(0).indexOf("text"))).isEqualTo("'@Pavel: check the recording");
    }

    @Test
    void codesTableIndentsSubCodesAndCsvGivesTheirPaths() {
        List<String> table = ok("codes", project).outLines();
        List<List<String>> csv = ok("codes", project, "--format", "csv").csv();

        assertThat(table.get(0)).startsWith("code ");
        assertThat(table.subList(1, table.size())).extracting(l -> l.substring(0, l.indexOf("  ", 2)).stripTrailing())
                .containsExactly("Image of Russia", "  State bear", "Work", "  Abroad");
        assertThat(csv).extracting(r -> r.get(0)).containsExactly("path", "Image of Russia",
                "Image of Russia / State bear", "Work", "Work / Abroad");
        assertThat(csv.get(2).get(csv.get(0).indexOf("description")))
                .isEqualTo("Russia as a bear: big, \"clumsy\";\nnot friendly");
    }

    @Test
    void showTableListsTheTurnsAndJsonAddsTheDocument() {
        List<String> table = ok("show", project, "TOM-semi-01").outLines();
        JsonNode json = ok("show", project, "TOM-semi-01", "--format", "json").json();

        assertThat(table.get(0).split(" +")).containsExactly("index", "speaker", "participant", "time", "start",
                "end", "text");
        assertThat(table.get(1)).startsWith("0      Interviewer  TOM-I1       0:00:02  149    268");
        assertThat(json.get("document").get("name").asText()).isEqualTo("TOM-semi-01.txt");
        assertThat(json.get("turns")).hasSize(31);
    }

    @Test
    void emptyListingPrintsNoneAsTableAnEmptyArrayAsJsonAndNothingAsCsv() {
        Path empty = dir.resolve("empty.verbatim");
        ok("new", empty);

        assertThat(ok("segments", empty).out()).isEqualTo("(none)\n");
        assertThat(ok("segments", empty, "--format", "json").json()).isEmpty();
        assertThat(ok("docs", empty, "--format", "json").json().isArray()).isTrue();
        assertThat(ok("codes", empty, "--format", "csv").out()).isEmpty();
    }
}
