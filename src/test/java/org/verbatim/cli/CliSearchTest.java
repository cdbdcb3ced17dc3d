package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.cli.Cli.SAMPLE;
import static org.verbatim.cli.Cli.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim search} and {@code verbatim reindex} on part of the sample study, as a user types them. */
class CliSearchTest {
    @TempDir
    static Path dir;

    private static Path project;

    @BeforeAll
    static void tomskStudy() {
        project = dir.resolve("tomsk.verbatim");
        ok("new", project);
        ok("participants", project, "--import", SAMPLE.resolve("participants.csv"));
        ok("import", project, SAMPLE.resolve("tomsk"), "--attributes", SAMPLE.resolve("documents.csv"));
        ok("speakers", project, "--import", SAMPLE.resolve("speakers.csv"));
    }

    private static String text(String document) {
        return ok("show", project, document, "--text").out();
    }

    @Test
    void jsonGivesTotalsAndHitsWhoseOffsetsPointAtTheMatchedWords() {
        JsonNode json = ok("search", project, "china", "--limit", "5", "--context", "20", "--format", "json").json();
        assertThat(json.get("total").asInt()).isGreaterThan(5);
        assertThat(json.get("turns").asInt()).isPositive().isLessThanOrEqualTo(json.get("total").asInt());
        assertThat(json.has("facets")).isFalse();
        assertThat(json.get("hits")).hasSize(5);
        for (JsonNode h : json.get("hits")) {
            List<String> fields = new ArrayList<>();
            h.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactly("number", "document", "turn", "speaker", "participant", "timestampMs",
                    "start", "end", "before", "matched", "after");
            String text = text(h.get("document").asText());
            assertThat(text.substring(h.get("start").asInt(), h.get("end").asInt())).isEqualTo(h.get("matched").asText())
                    .startsWithIgnoringCase("china");
            assertThat(h.get("before").asText().length()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void facetsCountHitsAndTurnsPerValueOfAnAttribute() {
        JsonNode json = ok("search", project, "china", "--facet", "gender", "--limit", "0", "--format", "json").json();
        long hits = 0;
        long turns = 0;
        for (JsonNode v : json.get("facets").get("gender")) {
            hits += v.get("hits").asLong();
            turns += v.get("turns").asLong();
        }
        assertThat(json.get("hits")).isEmpty();
        assertThat(hits).isEqualTo(json.get("total").asLong());
        assertThat(turns).isEqualTo(json.get("turns").asLong());

        String table = ok("search", project, "china", "--facet", "gender", "--limit", "2").out();
        assertThat(table.lines().toList()).anySatisfy(l -> assertThat(l).matches("gender +hits +turns"))
                .anySatisfy(l -> assertThat(l).matches("female +\\d+ +\\d+"));
    }

    @Test
    void theTableShowsOneKeywordInContextLinePerHitWithTheMatchMarked() {
        List<String> lines = ok("search", project, "\"soft power\"~2", "--sort", "document", "--where", "gender=female")
                .outLines();
        assertThat(lines.get(0)).matches("\\d+ hits? in \\d+ turns?");
        assertThat(lines.get(1)).matches("# +document +speaker +participant +time +start +end +hit");
        assertThat(lines.subList(2, lines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).containsIgnoringCase("**soft power**").contains("TOM-"));
    }

    @Test
    void csvHasOneRowPerHit() {
        List<List<String>> rows = ok("search", project, "exact:Moscow", "--limit", "3", "--format", "csv").csv();
        assertThat(rows.get(0)).containsExactly("number", "document", "turn", "speaker", "participant", "timestampMs",
                "start", "end", "before", "matched", "after");
        assertThat(rows.subList(1, rows.size())).hasSize(3).allSatisfy(r -> assertThat(r.get(9)).isEqualTo("Moscow"));
    }

    @Test
    void codeHitsCodesTheChosenHitsOnceAndSaysSo() {
        assertThat(ok("search", project, "\"nobody from Moscow\"", "--code-hits", "Regions/Remote", "--hits", "1",
                "--coder", "anna", "--unit", "sentence").outLines()).containsExactly(
                "Created code Regions", "Created code Regions / Remote",
                "Coded 1 hit with Regions / Remote by anna: 1 segment created, 0 already coded");
        assertThat(ok("search", project, "\"nobody from Moscow\"", "--code-hits", "Regions/Remote", "--hits", "1",
                "--coder", "anna", "--unit", "sentence").outLines()).containsExactly(
                "Coded 1 hit with Regions / Remote by anna: 0 segments created, 1 already coded");
        JsonNode segments = ok("segments", project, "--code", "Regions", "--format", "json").json();
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).get("text").asText()).contains("nobody from Moscow").endsWith(".");
    }

    @Test
    void codeHitsReportsInTheFormatAskedForAndCountsARepeatedHitOnce() {
        JsonNode json = ok("search", project, "exact:Moscow", "--sort", "document", "--code-hits", "Moscow/Said",
                "--hits", "1-3,2", "--coder", "anna", "--format", "json").json();
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("code", "coder", "hits", "created", "alreadyCoded", "createdCodes");
        assertThat(json.get("code").asText()).isEqualTo("Moscow / Said");
        assertThat(json.get("coder").asText()).isEqualTo("anna");
        assertThat(json.get("hits").asInt()).isEqualTo(3);
        assertThat(json.get("created").asInt()).isEqualTo(3);
        assertThat(json.get("alreadyCoded").asInt()).isZero();
        assertThat(json.get("createdCodes")).extracting(JsonNode::asText).containsExactly("Moscow", "Moscow / Said");

        List<List<String>> rows = ok("search", project, "exact:Moscow", "--sort", "document", "--code-hits",
                "Moscow/Said", "--hits", "1-3", "--coder", "anna", "--format", "csv").csv();
        assertThat(rows).containsExactly(List.of("code", "coder", "hits", "created", "alreadyCoded", "createdCodes"),
                List.of("Moscow / Said", "anna", "3", "0", "3", ""));
        ok("codes", "delete", project, "Moscow", "--force");
    }

    @Test
    void aQueryBeginningWithAMinusGoesAfterADoubleDash() {
        JsonNode minus = ok("search", project, "--limit", "3", "--format", "json", "--", "-china").json();
        assertThat(minus).isEqualTo(ok("search", project, "--limit", "3", "--format", "json", "NOT china").json());
        assertThat(minus.get("turns").asInt()).isPositive();
    }

    @Test
    void theSearchSummaryInTheCommandListIsAWholeSentence() {
        assertThat(ok("--help").outLines()).filteredOn(l -> l.strip().startsWith("search "))
                .singleElement().asString().endsWith(".");
    }

    @Test
    void reindexRebuildsADeletedIndexWithProgressAndSearchFindsTheSame() throws Exception {
        String before = ok("search", project, "sanctions", "--format", "json").out();
        try (Stream<Path> walk = Files.walk(project.resolve("index"))) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Cli.Result rebuilt = ok("search", project, "sanctions", "--format", "json");
        assertThat(rebuilt.out()).isEqualTo(before);
        assertThat(rebuilt.errLines()).startsWith("[1/7] Indexing TOM-focus-group.txt").hasSize(7);

        Cli.Result reindex = ok("reindex", project);
        assertThat(reindex.errLines()).hasSize(7).last().asString().isEqualTo("[7/7] Indexing TOM-semi-04.txt");
        assertThat(reindex.outLines()).singleElement().asString()
                .matches("Indexed 7 documents \\(389 turns\\) in \\d+\\.\\d s; the index takes \\d+\\.\\d MB");
        Cli.Result after = ok("search", project, "sanctions", "--format", "json");
        assertThat(after.out()).isEqualTo(before);
        assertThat(after.err()).isEmpty();
    }
}
