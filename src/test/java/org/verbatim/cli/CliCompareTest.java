package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.Project;

/** {@code verbatim compare}: the sample study's cities side by side, and quotes marked for the report. */
class CliCompareTest {
    static final String MIGRATION = "Threats/China/Threat of migration";

    @TempDir
    static Path dir;

    static Path project;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = dir.resolve("compare.verbatim");
        Cli.ok("demo", project);
    }

    @Test
    void tablePrintsPerCityHowManyRespondentsRaisedTheCodeAndTheirMostTypicalWords() {
        Cli.Result r = Cli.ok("compare", project, "--code", MIGRATION, "--by", "city", "--where", "role=respondent",
                "--quotes", "2");

        assertThat(r.outLines()).contains("Threats / China / Threat of migration — by city (participant attribute),"
                + " counting participants",
                "Nizhny Novgorod: 7 of 15 participants (46.7%, 95% interval 24.8–69.9%)",
                "Petrozavodsk: 0 of 15 participants (0.0%, 95% interval 0.0–20.4%)",
                "Tomsk: 1 of 15 participants (6.7%, 95% interval 1.2–29.8%)");
        assertThat(r.out()).contains("Andrei V. (NNV-R01; city Nizhny Novgorod, age 27", "— NNV-indepth-01.txt",
                "“The only thing that really worries me in the long run is China.");
        // Tomsk's one passage was coded by both coders: quoted once.
        assertThat(r.out().split("the river there are a hundred million people")).hasSize(2);
    }

    @Test
    void jsonAndMarkdownCarryTheSameFiguresAndQuotes() {
        JsonNode json = Cli.ok("compare", project, "--code", MIGRATION, "--code", "Threats/China/Indifference",
                "--by", "city", "--where", "role=respondent", "--quotes", "1", "--format", "json").json();
        Cli.Result md = Cli.ok("compare", project, "--code", MIGRATION, "--by", "city", "--where", "role=respondent",
                "--format", "md");

        assertThat(json.get("attribute").asText()).isEqualTo("city");
        assertThat(json.get("unit").asText()).isEqualTo("participants");
        assertThat(json.get("codes")).hasSize(2);
        JsonNode nnv = json.get("codes").get(0).get("groups").get(0);
        assertThat(nnv.fieldNames()).toIterable().containsExactly("value", "raised", "of", "share", "low", "high",
                "passages", "quotes");
        assertThat(nnv.get("value").asText()).isEqualTo("Nizhny Novgorod");
        assertThat(nnv.get("raised").asInt()).isEqualTo(7);
        assertThat(nnv.get("of").asInt()).isEqualTo(15);
        assertThat(nnv.get("quotes")).hasSize(1);
        assertThat(nnv.get("quotes").get(0).get("attributes").get("city").asText()).isEqualTo("Nizhny Novgorod");
        JsonNode indifferent = json.get("codes").get(1).get("groups").get(1);
        assertThat(indifferent.get("value").asText()).isEqualTo("Petrozavodsk");
        assertThat(indifferent.get("raised").asInt()).isEqualTo(7);
        assertThat(md.out()).contains("## Threats / China / Threat of migration", "| city | raised by | of | share |",
                "| Nizhny Novgorod | 7 | 15 | 46.7% | 24.8–69.9% |", "### Tomsk", "> — ");
    }

    @Test
    void aMarkedPassageIsQuotedBeforeTheMostTypicalUntilItIsUnmarked() {
        JsonNode all = Cli.ok("compare", project, "--code", MIGRATION, "--by", "city", "--where", "role=respondent",
                "--all", "--order", "length", "--format", "json").json();
        JsonNode passages = all.get("codes").get(0).get("groups").get(0).get("quotes");
        assertThat(passages.size()).isGreaterThan(2);
        assertThat(passages.get(0).get("text").asText().length())
                .isGreaterThanOrEqualTo(passages.get(1).get("text").asText().length());
        long shortest = passages.get(passages.size() - 1).get("id").asLong();

        Cli.Result marked = Cli.ok("compare", project, "--mark", shortest);
        JsonNode quoted = Cli.ok("compare", project, "--code", MIGRATION, "--by", "city", "--where",
                "role=respondent", "--quotes", "3", "--format", "json").json();
        Cli.Result unmarked = Cli.ok("compare", project, "--unmark", shortest);
        JsonNode after = Cli.ok("compare", project, "--code", MIGRATION, "--by", "city", "--where",
                "role=respondent", "--format", "json").json();

        assertThat(marked.out()).isEqualTo("Marked segment " + shortest + " as a quote\n");
        JsonNode nnv = quoted.get("codes").get(0).get("groups").get(0).get("quotes");
        assertThat(nnv).hasSize(1);
        assertThat(nnv.get(0).get("id").asLong()).isEqualTo(shortest);
        assertThat(nnv.get(0).get("quote").asBoolean()).isTrue();
        assertThat(unmarked.out()).isEqualTo("Unmarked segment " + shortest + "\n");
        assertThat(after.get("codes").get(0).get("groups").get(0).get("quotes")).hasSize(3);
    }

    @Test
    void mistakesAreNamedAndChangeNothing() {
        long before = generation();
        Cli.Result nothing = Cli.run("compare", project);
        Cli.Result unknownSegment = Cli.run("compare", project, "--mark", "999999");
        Cli.Result unknownOrder = Cli.run("compare", project, "--code", MIGRATION, "--order", "alphabet");
        Cli.Result unknownAttribute = Cli.run("compare", project, "--code", MIGRATION, "--by", "shoe size");

        assertThat(nothing.err()).isEqualTo("verbatim: Give a code to compare with --code PATH, or segments to mark"
                + " with --mark or --unmark\n");
        assertThat(unknownSegment.err()).startsWith("verbatim: There is no segment 999999");
        assertThat(unknownOrder.err()).isEqualTo("verbatim: Unknown order 'alphabet' (use document, length or"
                + " typicality)\n");
        assertThat(unknownAttribute.err()).contains("shoe size");
        assertThat(unknownAttribute.exit()).isNotZero();
        assertThat(generation()).isEqualTo(before);
    }

    private static long generation() {
        try (Project p = Project.open(project)) {
            return p.generation();
        }
    }
}
