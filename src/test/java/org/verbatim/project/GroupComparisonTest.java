package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;

/** The cities of the sample study side by side: who raised a theme, what they said, and the quotes chosen. */
class GroupComparisonTest {
    static final String MIGRATION = "Threats/China/Threat of migration";
    static final SegmentFilter RESPONDENTS = new SegmentFilter(null, Map.of("role", List.of("respondent")), null, List.of());

    @TempDir
    static Path dir;

    static Project project;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = Project.open(SampleStudy.build(dir.resolve("Sample study.verbatim"), Progress.NONE).folder());
    }

    @AfterAll
    static void closeIt() {
        project.close();
    }

    static ComparisonRequest byCity(PassageOrder order, String... codes) {
        return new ComparisonRequest(List.of(codes), "city", List.of(), RESPONDENTS, order, 100);
    }

    @Test
    void eachCityShowsHowManyOfItsRespondentsRaisedTheCodeAndWhatTheySaid() {
        GroupComparison c = project.comparisons().compare(byCity(PassageOrder.DOCUMENT, MIGRATION));
        CrossTab t = project.crosstab(new CrossTabRequest(RESPONDENTS, List.of(MIGRATION), true, "city", List.of(),
                List.of(), Unit.PARTICIPANTS, false));

        assertThat(c.groups()).containsExactly("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
        assertThat(c.unit()).isEqualTo("participants");
        GroupComparison.CodeComparison code = c.codes().get(0);
        assertThat(code.code()).isEqualTo("Threats / China / Threat of migration");
        assertThat(code.description()).startsWith("Definition: ");
        for (int j = 0; j < 3; j++) {
            GroupComparison.Group g = code.groups().get(j);
            assertThat(g.share().of()).as(g.value()).isEqualTo(15);
            assertThat(g.share().raised()).isEqualTo(t.rows().get(0).counts()[j]);
            assertThat(g.passages()).allSatisfy(p -> assertThat(p.passage().segment().participantAttributes().get("city"))
                    .contains(g.value()));
            // Every respondent counted as raising it has a passage in the column, and no one else.
            assertThat(g.passages().stream().flatMap(p -> p.passage().segment().participants().stream())
                    .filter(key -> key.contains("-R")).distinct().count()).isEqualTo(g.share().raised());
        }
        GroupComparison.Group nnv = code.groups().get(0);
        assertThat(nnv.share().raised()).isGreaterThanOrEqualTo(7);
        assertThat(nnv.share().share()).isGreaterThan(nnv.share().low()).isLessThan(nnv.share().high());
        assertThat(code.groups().get(1).share().raised()).isZero();
        assertThat(code.groups().get(1).passages()).isEmpty();
        ComparedPassage first = nnv.passages().get(0);
        assertThat(first.passage().speakers()).isNotEmpty();
        assertThat(first.passage().before()).hasSizeLessThanOrEqualTo(100);
        assertThat(nnv.passages()).extracting(p -> p.passage().segment().document() + p.passage().segment().start())
                .isSortedAccordingTo(String::compareTo).hasSize((int) nnv.passages().stream()
                        .map(p -> p.passage().segment().document() + p.passage().segment().start()).distinct().count());
    }

    @Test
    void passagesCanBeOrderedByLengthOrByHowTypicalTheyAreOfTheCode() {
        String code = "Sovereignty and globalisation/Cross-border cooperation";
        GroupComparison.Group byLength = project.comparisons().compare(byCity(PassageOrder.LENGTH, code))
                .codes().get(0).groups().get(1);
        GroupComparison.Group typical = project.comparisons().compare(byCity(PassageOrder.TYPICALITY, code))
                .codes().get(0).groups().get(1);

        assertThat(byLength.passages()).hasSizeGreaterThan(5).extracting(p -> p.passage().segment().text().length())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(typical.passages()).extracting(ComparedPassage::typicality)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a)).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        // The most typical passage talks about the border with Finland in the code's own words; the least, less so.
        assertThat(typical.passages().get(0).typicality()).isGreaterThan(typical.passages().get(typical.passages().size() - 1)
                .typicality() + 0.05);
        assertThat(typical.passages().get(0).passage().segment().text().toLowerCase()).containsAnyOf("finland", "finnish",
                "border");
    }

    @Test
    void quotesMarkedAreKeptInTheProjectAndChosenBeforeTheMostTypical() {
        GroupComparison.Group tomsk = project.comparisons().compare(byCity(PassageOrder.TYPICALITY,
                "Threats/China/Interested only in resources")).codes().get(0).groups().get(2);
        ComparedPassage least = tomsk.passages().get(tomsk.passages().size() - 1);
        assertThat(tomsk.quotes(2)).hasSize(2).doesNotContain(least);

        assertThat(project.comparisons().markQuote(least.segmentId())).isTrue();
        assertThat(project.comparisons().markQuote(least.segmentId())).isFalse();
        Path folder = project.folder();
        project.close();
        project = Project.open(folder);
        GroupComparison.Group again = project.comparisons().compare(byCity(PassageOrder.TYPICALITY,
                "Threats/China/Interested only in resources")).codes().get(0).groups().get(2);

        assertThat(again.quotes(2)).extracting(ComparedPassage::segmentId).containsExactly(least.segmentId());
        assertThat(project.comparisons().unmarkQuote(least.segmentId())).isTrue();
        assertThat(project.comparisons().quotes()).isEmpty();
        assertThatThrownBy(() -> project.comparisons().markQuote(999_999)).hasMessageStartingWith("There is no segment 999999");
    }

    @Test
    void refusesNoCodeAnUnknownCodeAndAnUnknownAttribute() {
        assertThatThrownBy(() -> project.comparisons().compare(ComparisonRequest.of(List.of(), "city")))
                .hasMessage("Choose at least one code to compare (--code PATH)");
        assertThatThrownBy(() -> project.comparisons().compare(ComparisonRequest.of(List.of("No such code"), "city")))
                .hasMessageContaining("No such code");
        assertThatThrownBy(() -> project.comparisons().compare(ComparisonRequest.of(List.of(MIGRATION), "shoe size")))
                .hasMessageContaining("shoe size");
    }

    @Test
    void aProjectWithoutAttributesComparesEveryoneInOneColumnAndSaysWhy(@TempDir Path elsewhere) throws Exception {
        try (Project plain = Project.create(elsewhere.resolve("plain.verbatim"))) {
            plain.importFiles(ImportRequest.of(write(elsewhere, "talk.txt", """
                    Interviewer: What about Europe?
                    Anna: Europe is a partner for us.
                    Interviewer: And China?
                    Anna: China is far away.
                    """)), Progress.NONE);
            plain.code(CodingRequest.quote("talk.txt", "Europe", "Europe is a partner for us.", "me"));

            GroupComparison c = plain.comparisons().compare(ComparisonRequest.of(List.of("Europe"), null));

            assertThat(c.groups()).containsExactly("All documents");
            assertThat(c.unit()).isEqualTo("documents");
            assertThat(c.note()).startsWith("This project has no participant or document attributes, so everyone is in"
                    + " one column").contains("no speaker is mapped to a participant");
            GroupComparison.Group all = c.codes().get(0).groups().get(0);
            assertThat(all.share().raised()).isEqualTo(1);
            assertThat(all.share().of()).isEqualTo(1);
            assertThat(all.passages()).singleElement().satisfies(p -> {
                assertThat(p.passage().segment().text()).isEqualTo("Europe is a partner for us.");
                assertThat(p.passage().speakers()).containsExactly("Anna");
                assertThat(p.typicality()).isEqualTo(1.0);
            });
        }
    }
}
