package org.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verbatim demo} and {@code verbatim codings}: the sample study from the command line. */
class CliSampleStudyTest {
    @TempDir
    Path dir;

    @Test
    void demoBuildsTheCodedSampleStudyInsideTheFolderAndReportsWhatItBuilt() {
        Cli.Result r = Cli.run("demo", dir);

        assertThat(r.exit()).as(r.toString()).isZero();
        Path project = dir.resolve("Sample study.verbatim");
        assertThat(r.outLines().get(0)).isEqualTo("Built the sample study in " + project.toAbsolutePath());
        assertThat(r.outLines().get(1)).isEqualTo("  21 documents, 51 participants, 69 codes");
        assertThat(r.outLines().get(2)).isEqualTo("  66 speaker labels mapped to participants (all of them)");
        assertThat(r.outLines().get(3)).containsPattern("^  \\d+ segments; by coder: elena \\d+, pavel \\d+; "
                + "by city: Nizhny Novgorod \\d+, Petrozavodsk \\d+, Tomsk \\d+$");
        assertThat(r.errLines()).first().asString().startsWith("[1/");
        assertThat(Cli.run("check", project).exit()).isZero();
    }

    @Test
    void agreementComparesTheTwoCodersOfTheSampleStudyCodeByCode() {
        Path project = dir.resolve("agreement.verbatim");
        Cli.run("demo", project);

        Cli.Result table = Cli.run("agreement", project, "--coders", "elena,pavel");
        Cli.Result json = Cli.run("agreement", project, "--coders", "elena,pavel", "--unit", "character", "--format", "json");
        Cli.Result wrong = Cli.run("agreement", project, "--coders", "elena", "--unit", "turn");

        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.outLines().get(0)).startsWith("code").contains("units", "both", "firstOnly", "secondOnly",
                "neither", "agreement%", "kappa", "fleissKappa", "alpha");
        assertThat(table.outLines()).anySatisfy(l -> assertThat(l).startsWith("(all codes)"));
        assertThat(table.outLines()).anySatisfy(l -> assertThat(l).startsWith("Threats / China (5 sub-codes)"));
        assertThat(json.json().get("unit").asText()).isEqualTo("character");
        assertThat(json.json().get("documents")).hasSize(4);
        assertThat(json.json().get("overall").get("kappa").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.json().get("codes").get(0).fieldNames()).toIterable().containsExactly("code", "units", "both",
                "firstOnly", "secondOnly", "neither", "percentAgreement", "kappa", "alpha", "fleissKappa");
        assertThat(wrong.err()).isEqualTo("verbatim: --coders takes two or more coder names separated by commas, "
                + "e.g. --coders elena,pavel\n");
    }

    /**
     * The comparison the study reports: China a threat of migration for Nizhny Novgorod
     * respondents, a partner developing remote regions for Tomsk respondents, and far away for
     * Petrozavodsk ones — counted in participants, with the test's residuals pointing the same way.
     */
    @Test
    void crosstabByCityShowsChinaAsAThreatInNizhnyNovgorodAndAPartnerInTomsk() {
        Path project = dir.resolve("crosstab.verbatim");
        Cli.run("demo", project);

        Cli.Result r = Cli.run("crosstab", project, "--by", "city", "--coder", "elena", "--stats", "--format", "json",
                "--codes", "Threats/China/Threat of migration", "--codes", "Threats/China/Partner in development",
                "--codes", "Threats/China/Indifference");

        assertThat(r.exit()).as(r.toString()).isZero();
        var json = r.json();
        assertThat(json.get("unit").asText()).isEqualTo("participants");
        assertThat(json.get("columns")).extracting(c -> c.asText())
                .containsExactly("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
        int nnv = 0;
        int ptz = 1;
        int tom = 2;
        var threat = json.get("rows").get(0);
        var partner = json.get("rows").get(1);
        var indifference = json.get("rows").get(2);
        assertThat(threat.get("code").asText()).isEqualTo("Threats / China / Threat of migration");
        assertThat(threat.get("counts").get(nnv).asInt()).isGreaterThan(threat.get("counts").get(tom).asInt())
                .isGreaterThan(threat.get("counts").get(ptz).asInt());
        assertThat(partner.get("counts").get(tom).asInt()).isGreaterThan(partner.get("counts").get(nnv).asInt())
                .isGreaterThan(partner.get("counts").get(ptz).asInt());
        assertThat(indifference.get("counts").get(ptz).asInt()).isGreaterThan(indifference.get("counts").get(nnv).asInt())
                .isGreaterThan(indifference.get("counts").get(tom).asInt());
        var test = json.get("test");
        assertThat(test.get("name").asText()).startsWith("Fisher's exact test");
        assertThat(test.get("p").asDouble()).isLessThan(0.001);
        assertThat(test.get("residuals").get(0).get(nnv).asDouble()).isGreaterThan(1.96);
        assertThat(test.get("residuals").get(1).get(tom).asDouble()).isGreaterThan(1.96);
        assertThat(test.get("residuals").get(2).get(ptz).asDouble()).isGreaterThan(1.96);
    }

    /**
     * Karelia is raised by 8 of the 15 Petrozavodsk respondents and by none of the 15 in either
     * other city. Raised vs not raised by city is the 2 x 3 table (0, 8, 0 / 15, 7, 15), whose
     * exact Fisher p is 8.956e-5: the sum of the hypergeometric probabilities of the tables no
     * more probable than it, i.e. the tables with all 8 in one city, 3 x C(15,8) / C(45,8)
     * (computed by hand from the formula, and equal to R's fisher.test on that table).
     */
    @Test
    void perCodeTestFindsKareliaRaisedInPetrozavodskOnlyOverTheRespondentsOfEachCity() {
        Path project = dir.resolve("karelia.verbatim");
        Cli.run("demo", project);

        Cli.Result r = Cli.run("crosstab", project, "--by", "city", "--unit", "participants", "--stats", "--format",
                "json", "--codes", "Regional capacity/Karelia");

        assertThat(r.exit()).as(r.toString()).isZero();
        var karelia = r.json().get("rowTests").get("rows").get(0);
        assertThat(r.json().get("rowTests").get("units").asText()).isEqualTo("respondents");
        assertThat(karelia.get("raised")).extracting(c -> c.asInt()).containsExactly(0, 8, 0);
        assertThat(karelia.get("of")).extracting(c -> c.asInt()).containsExactly(15, 15, 15);
        assertThat(karelia.get("test").asText()).isEqualTo("Fisher's exact test");
        double byHand = 3 * 6435.0 / 215553195.0;
        assertThat(karelia.get("p").asDouble()).isCloseTo(byHand, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(String.format(java.util.Locale.ROOT, "%.1e", karelia.get("p").asDouble())).isEqualTo("9.0e-05");
        assertThat(karelia.get("shareLower").get(1).asDouble()).isLessThan(0.534).isGreaterThan(0.25);
        assertThat(r.json().get("participants")).extracting(c -> c.asInt()).containsExactly(15, 15, 15);

        // Each city has an interviewer and a moderator besides its 15 respondents.
        Cli.Result everyone = Cli.run("crosstab", project, "--by", "city", "--stats", "--all-roles", "--format", "json",
                "--codes", "Regional capacity/Karelia");
        assertThat(everyone.json().get("participants")).extracting(c -> c.asInt()).containsExactly(17, 17, 17);
        assertThat(everyone.json().get("rowTests").get("units").asText()).isEqualTo("participants");
        Cli.Result set = Cli.run("participants", project, "--set-role", "NNV-I1=respondent");
        assertThat(set.outLines()).containsExactly("NNV-I1: role respondent");
        Cli.Result after = Cli.run("crosstab", project, "--by", "city", "--format", "json", "--codes",
                "Regional capacity/Karelia");
        assertThat(after.json().get("participants")).extracting(c -> c.asInt()).containsExactly(16, 15, 15);
        assertThat(Cli.run("participants", project, "--set-role", "NNV-I1=chair").err())
                .isEqualTo("verbatim: --set-role NNV-I1=chair: 'chair' is not a participant role (use respondent,"
                        + " interviewer, moderator, observer)\n");
    }

    @Test
    void demoTakesAFolderEndingInVerbatimAsTheProjectItselfAndNeverOverwritesOne() throws Exception {
        Path project = dir.resolve("demo.verbatim");
        assertThat(Cli.run("demo", project).exit()).isZero();
        assertThat(project.resolve("project.mv.db")).exists();

        Cli.Result again = Cli.run("demo", project);

        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("verbatim: " + project + " already exists; remove it or choose another folder\n");
    }

    @Test
    void codingsImportReportsWhatItCodedAndRefusesABadFileWithItsLine() throws Exception {
        Path project = dir.resolve("s.verbatim");
        Cli.run("new", project);
        Path transcript = Files.writeString(dir.resolve("interview.txt"), "Interviewer: And NATO?\nVera: NATO is a bogeyman for pensioners.\n");
        Cli.run("import", project, transcript);
        Cli.run("codes", "add", project, "Threats/NATO");
        Path good = Files.writeString(dir.resolve("codings.csv"), """
                document,code,quote,occurrence,coder,memo
                interview.txt,Threats/NATO,NATO is a bogeyman for pensioners.,,vera,ironic
                other.txt,Threats/NATO,Whatever,,vera,
                """);
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                document,code,quote
                interview.txt,Threats/NATO,NATO is a friend
                """);

        Cli.Result imported = Cli.run("codings", project, "--import", good);
        Cli.Result refused = Cli.run("codings", project, "--import", bad);

        assertThat(imported.out()).isEqualTo("Coded 1 segment from codings.csv; 1 row skipped, their documents are not "
                + "in this project: other.txt\n");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("verbatim: bad.csv, line 2: The quote was not found in interview.txt: "
                + "\"NATO is a friend\"\n");
        assertThat(Cli.run("segments", project, "--format", "csv").csv()).hasSize(2);
    }
}
