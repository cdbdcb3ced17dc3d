package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders on the focus group of {@link CodingTest}: both code Anna's turn "European Union";
 * on Boris's turn elena says "European Union" and pavel "United States". The moderator's turns
 * nobody coded are units too: the units are the document's turns, whatever anyone coded.
 */
class AgreementTest {
    static final String ANNA = "Europe is a partner\nfor us, really.";
    static final String BORIS = "Europe is distant, and America is further.";

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void twoCodersCodeTheFocusGroup() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        project.importParticipants(write(dir, "people.csv", CodingTest.PEOPLE), Map.of());
        project.importFiles(new ImportRequest(List.of(write(dir, "focus-group.txt", CodingTest.FOCUS),
                write(dir, "interview.txt", CodingTest.INTERVIEW)), Map.of(), null, null, null), Progress.NONE);
        code(ANNA, "The West/European Union", "elena");
        code(BORIS, "The West/European Union", "elena");
        code(ANNA, "The West/European Union", "pavel");
        code(BORIS, "The West/United States", "pavel");
        project.code(CodingRequest.quote("interview.txt", "The West/European Union", "Europe is a partner for us.", "elena"));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private void code(String quote, String code, String coder) {
        project.code(CodingRequest.quote("focus-group.txt", code, quote, coder));
    }

    @Test
    void turnByTurnEveryCodeIsJudgedOnEveryTurnOfTheDocumentsCompared() {
        AgreementReport report = project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN, List.of(), List.of());

        assertThat(report.documents()).containsExactly("focus-group.txt");
        // Four turns. European Union: elena on Anna's and Boris's, pavel on Anna's. Cohen: observed 3/4,
        // expected 1/2 x 1/4 + 1/2 x 3/4 = 1/2, kappa 1/2; alpha 1 - 7 x 2 / (2 x 3 x 5) = 8/15;
        // Fleiss (Scott's pi for two): (3/4 - 34/64) / (1 - 34/64) = 7/15.
        AgreementRow europe = report.codes().get(0);
        assertThat(europe).isEqualTo(new AgreementRow("The West / European Union", 4, 1L, 1L, 0L, 2L, 75.0, 0.5,
                europe.alpha(), europe.fleissKappa()));
        assertThat(europe.alpha()).isCloseTo(8.0 / 15, within(1e-12));
        assertThat(europe.fleissKappa()).isCloseTo(7.0 / 15, within(1e-12));
        AgreementRow states = report.codes().get(1);
        assertThat(states).isEqualTo(new AgreementRow("The West / United States", 4, 0L, 0L, 1L, 3L, 75.0, 0.0, 0.0,
                states.fleissKappa()));
        assertThat(report.groups()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("The West (2 sub-codes)");
            assertThat(g.units()).isEqualTo(4);
            assertThat(g.percentAgreement()).isEqualTo(75.0);
            assertThat(g.both()).isNull();
        });
        assertThat(report.overall().code()).isEqualTo("(all codes)");
        assertThat(report.overall().percentAgreement()).isEqualTo(75.0);
    }

    @Test
    void aCodesFiguresDoNotDependOnWhichOtherCodesAreCompared() {
        AgreementRow alone = project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN, List.of(),
                List.of("The West/United States")).codes().get(0);
        AgreementRow withAll = project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN, List.of(), List.of())
                .codes().get(1);

        assertThat(alone).isEqualTo(withAll);
    }

    @Test
    void characterByCharacterCountsSpokenCharactersOnlyWithoutLabelsTitlesOrSpaces() {
        AgreementReport report = project.agreement(List.of("elena", "pavel"), AgreementUnit.CHARACTER, List.of(),
                List.of("The West/European Union"));

        String spoken = "Welcome. What do you think of Europe?" + "Europe is a partner\nfor us, really. Europe is close."
                + "I disagree. Europe is distant, and America is further." + "Thank you both.";
        assertThat(report.codes()).singleElement().satisfies(r -> {
            assertThat(r.both()).isEqualTo(nonBlank(ANNA));
            assertThat(r.firstOnly()).isEqualTo(nonBlank(BORIS));
            assertThat(r.secondOnly()).isZero();
            assertThat(r.units()).isEqualTo(nonBlank(spoken));
            assertThat(r.neither()).isEqualTo(nonBlank(spoken) - nonBlank(ANNA) - nonBlank(BORIS));
        });
    }

    @Test
    void threeCodersWithOneMissingFromADocumentAndADocumentWithoutTurnsAreReported() throws Exception {
        project.code(CodingRequest.quote("focus-group.txt", "The West/European Union", ANNA, "olga"));
        project.importFiles(new ImportRequest(List.of(write(dir, "notes.txt", "Europe is a partner, he said.\n")),
                Map.of(), null, null, null), Progress.NONE);
        project.code(CodingRequest.quote("notes.txt", "The West/European Union", "Europe is a partner", "elena"));
        project.code(CodingRequest.quote("notes.txt", "The West/European Union", "Europe", "pavel"));
        project.code(CodingRequest.quote("interview.txt", "The West/United States", "Europe is a partner for us.", "olga"));

        AgreementReport report = project.agreement(List.of("elena", "pavel", "olga"), AgreementUnit.TURN, List.of(),
                List.of());

        assertThat(report.coders()).containsExactly("elena", "pavel", "olga");
        assertThat(report.documents()).containsExactly("focus-group.txt", "interview.txt");
        assertThat(report.notes()).contains("pavel did not code interview.txt: missing there, not counted as coding"
                + " nothing", "notes.txt has no speaker turns, so it has no units to compare turn by turn; compare it"
                + " with --unit character");
        AgreementRow europe = report.codes().get(0);
        assertThat(europe.kappa()).as("Cohen's kappa is for two coders").isNull();
        assertThat(europe.both()).isNull();
        // Four focus-group turns with three coders and two interview turns with elena and olga.
        assertThat(europe.units()).isEqualTo(6);
        assertThat(europe.alpha()).isNotNull();
        assertThat(europe.fleissKappa()).isNotNull();
    }

    private static long nonBlank(String s) {
        return s.chars().filter(c -> !Character.isWhitespace(c)).count();
    }

    @Test
    void aCoderNobodyKnowsOrTwoCodersWithoutACommonDocumentAreRefused() {
        project.code(CodingRequest.quote("interview.txt", "The West/European Union", "Europe is a partner for us.", "maria"));

        assertThatThrownBy(() -> project.agreement(List.of("elena", "olga"), AgreementUnit.TURN, List.of(), List.of()))
                .hasMessage("There is no coder 'olga' in this project (coders: elena, maria, pavel)");
        assertThatThrownBy(() -> project.agreement(List.of("pavel", "maria"), AgreementUnit.TURN, List.of(), List.of()))
                .hasMessage("pavel and maria have not coded any document in common");
    }

    @Test
    void theWindowsBreakdownGivesEachDocumentItsOwnReportAndStopsWhenCancelled() {
        AgreementRequest request = new AgreementRequest(List.of("elena", "pavel"), AgreementUnit.TURN, List.of(),
                List.of());
        CoderAgreement agreement = project.coderAgreement();

        assertThat(agreement.coders()).containsExactly(new CoderAgreement.CoderSegments("elena", 3),
                new CoderAgreement.CoderSegments("pavel", 2));
        AgreementBreakdown breakdown = agreement.compare(request, Progress.NONE);
        assertThat(breakdown.overall()).isEqualTo(project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN,
                List.of(), List.of()));
        assertThat(breakdown.byDocument()).singleElement().satisfies(d -> {
            assertThat(d.document()).isEqualTo("focus-group.txt");
            assertThat(d.report()).isEqualTo(project.agreement(List.of("elena", "pavel"), AgreementUnit.TURN,
                    List.of("focus-group.txt"), List.of()));
        });
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> agreement.compare(request, cancelled)).isInstanceOf(ProjectException.class)
                .hasMessage("Agreement cancelled");
    }

    @Test
    void passagesWhereTwoCodersDifferNameTheCoderWhoCodedAndTheWordsEachCovered() {
        List<CodingDifference> europe = project.coderAgreement().differences(new AgreementRequest(
                List.of("elena", "pavel"), AgreementUnit.TURN, List.of(), List.of()), "The West/European Union", false);

        assertThat(europe).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(CodingDifference.Kind.FIRST_ONLY);
            assertThat(d.document()).isEqualTo("focus-group.txt");
            assertThat(d.speaker()).isEqualTo("Boris");
            assertThat(d.first()).isEqualTo(BORIS);
            assertThat(d.second()).isEmpty();
        });
        List<CodingDifference> west = project.coderAgreement().differences(new AgreementRequest(
                List.of("pavel", "elena"), AgreementUnit.TURN, List.of(), List.of()), "The West", true);
        assertThat(west).extracting(CodingDifference::code, CodingDifference::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The West / European Union", CodingDifference.Kind.SECOND_ONLY),
                org.assertj.core.groups.Tuple.tuple("The West / United States", CodingDifference.Kind.FIRST_ONLY));
    }
}
