package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * nobody coded stay out of the comparison.
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
    void turnByTurnEachCodeIsJudgedOnTheTurnsEitherCoderCoded() {
        AgreementReport report = project.agreement("elena", "pavel", AgreementUnit.TURN, List.of(), List.of());

        assertThat(report.documents()).containsExactly("focus-group.txt");
        assertThat(report.codes()).containsExactly(
                new AgreementRow("The West / European Union", 2, 1, 1, 0, 0, 50.0, 0.0, 0.0),
                new AgreementRow("The West / United States", 2, 0, 0, 1, 1, 50.0, 0.0, 0.0));
        // Pooled: 1 both, 1 elena only, 1 pavel only, 1 neither; alpha = 1 - 7 * 2 / (4 * 4).
        assertThat(report.overall()).isEqualTo(new AgreementRow("(all codes)", 4, 1, 1, 1, 1, 50.0, 0.0, 0.125));
    }

    @Test
    void characterByCharacterCountsTheCharactersEitherCoderCoded() {
        AgreementReport report = project.agreement("elena", "pavel", AgreementUnit.CHARACTER, List.of(),
                List.of("The West/European Union"));

        assertThat(report.codes()).singleElement().satisfies(r -> {
            assertThat(r.both()).isEqualTo(ANNA.length());
            assertThat(r.firstOnly()).isEqualTo(BORIS.length());
            assertThat(r.secondOnly()).isZero();
            assertThat(r.neither()).isZero();
            assertThat(r.kappa()).as("elena coded every unit: her agreement with pavel is what chance gives").isEqualTo(0.0);
        });
    }

    @Test
    void aCoderNobodyKnowsOrTwoCodersWithoutACommonDocumentAreRefused() {
        project.code(CodingRequest.quote("interview.txt", "The West/European Union", "Europe is a partner for us.", "maria"));

        assertThatThrownBy(() -> project.agreement("elena", "olga", AgreementUnit.TURN, List.of(), List.of()))
                .hasMessage("There is no coder 'olga' in this project (coders: elena, maria, pavel)");
        assertThatThrownBy(() -> project.agreement("pavel", "maria", AgreementUnit.TURN, List.of(), List.of()))
                .hasMessage("pavel and maria have not coded any document in common");
    }
}
