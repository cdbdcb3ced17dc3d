package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.SAMPLE;
import static org.verbatim.project.ProjectFixtures.attributeTypes;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.ParticipantRole;

class ParticipantsTest {
    private static final String INTERVIEW = """
            Interviewer: Please introduce yourself.
            R1: I am Anna, I work for the city.
            ANNA PETROVA: And I am the other Anna.
            Interviewer: Thank you both.
            """;
    private static final String PEOPLE = """
            id,name,city,age
            R1,Anna Smirnova,Tomsk,27
            R2,Anna Petrova,Petrozavodsk,31
            """;

    @TempDir
    Path dir;

    Path folder;
    Project project;

    @BeforeEach
    void createProject() {
        folder = dir.resolve("study.verbatim");
        project = Project.create(folder);
    }

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    /** Closes the project so its database can be inspected directly. */
    private Map<String, AttributeType> participantTypes() {
        project.close();
        project = null;
        return attributeTypes(folder, AttributeScope.PARTICIPANT);
    }

    private ImportReport.Imported importInterview() throws Exception {
        Path file = write(dir.resolve("in"), "interview.txt", INTERVIEW);
        ImportReport report = project.importFiles(ImportRequest.of(file), Progress.NONE);
        assertThat(report.refused()).isEmpty();
        return report.imported().get(0);
    }

    private List<SpeakerView> speakers() {
        return project.speakers("interview.txt");
    }

    @Test
    void anIdDifferingOnlyInCaseIsTheSameParticipant() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());

        project.importParticipants(write(dir, "later.csv", "id,city\nr1,Omsk\n"), Map.of());

        assertThat(project.participants()).extracting(ParticipantView::key).containsExactly("R1", "R2");
        assertThatThrownBy(() -> project.importParticipants(write(dir, "twice.csv", "id,city\nR3,Tomsk\nr3,Omsk\n"),
                Map.of())).isInstanceOf(ProjectException.class)
                .hasMessage("twice.csv, line 3: 'r3' appears twice (as 'R3'; ids do not differ by case)");
        assertThat(project.participants()).extracting(ParticipantView::key).containsExactly("R1", "R2");
    }

    @Test
    void aRowCutShortIsRefusedAndChangesNothing() throws Exception {
        Path sheet = write(dir, "short.csv", "id,name,city,age\nR1,Anna Smirnova,Tomsk,27\nR2,Anna Petrova,31\n");

        assertThatThrownBy(() -> project.importParticipants(sheet, Map.of())).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("short.csv: line 3 has 3 cells but the header has 4");
        assertThat(project.participants()).isEmpty();
    }

    @Test
    void sampleParticipantsImportWithInferredTypes() {
        Project.ParticipantImport result = project.importParticipants(SAMPLE.resolve("participants.csv"), Map.of());

        assertThat(result).isEqualTo(new Project.ParticipantImport(51, 0, 0));
        List<ParticipantView> all = project.participants();
        assertThat(all).hasSize(51);
        assertThat(all).filteredOn(p -> p.key().equals("NNV-R01")).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Andrei V.");
            assertThat(p.documents()).isZero();
            assertThat(p.attributes()).containsExactly(entry("city", "Nizhny Novgorod"), entry("age", "27"),
                    entry("gender", "male"), entry("sphere", "higher education"),
                    entry("education", "MA International Relations"), entry("intl_experience_years", "4"),
                    entry("role", "respondent"));
        });
        assertThat(participantTypes()).containsExactly(entry("city", AttributeType.TEXT),
                entry("age", AttributeType.INTEGER), entry("gender", AttributeType.TEXT),
                entry("sphere", AttributeType.TEXT), entry("education", AttributeType.TEXT),
                entry("intl_experience_years", AttributeType.INTEGER), entry("role", AttributeType.TEXT));
    }

    @Test
    void declaredTypesOverrideInferredOnes() {
        project.importParticipants(SAMPLE.resolve("participants.csv"),
                Map.of("age", AttributeType.TEXT, "intl_experience_years", AttributeType.DECIMAL));

        assertThat(participantTypes()).contains(entry("city", AttributeType.TEXT), entry("age", AttributeType.TEXT),
                entry("intl_experience_years", AttributeType.DECIMAL));
    }

    @Test
    void aDeclaredTypeChangesTheTypeOfAnExistingAttributeOnReimport() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());

        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of("age", AttributeType.TEXT));

        assertThat(participantTypes()).containsExactly(entry("city", AttributeType.TEXT),
                entry("age", AttributeType.TEXT));
    }

    @Test
    void aCorrectedFileCanDeclareATypeTheOldValuesDidNotFit() throws Exception {
        project.importParticipants(write(dir, "people.csv", "id,age\nR1,twenty-seven\nR2,31\n"), Map.of());

        project.importParticipants(write(dir, "people-fixed.csv", "id,age\nR1,27\nR2,31\n"),
                Map.of("age", AttributeType.INTEGER));

        assertThat(project.participants()).extracting(ParticipantView::key, p -> p.attributes().get("age"))
                .containsExactly(tuple("R1", "27"), tuple("R2", "31"));
        assertThat(participantTypes()).containsExactly(entry("age", AttributeType.INTEGER));
    }

    @Test
    void aDeclaredTypeThatValuesOfOtherParticipantsDoNotFitIsRefusedAndChangesNothing() throws Exception {
        project.importParticipants(write(dir, "people.csv", "id,age\nR1,twenty-seven\nR2,31\n"), Map.of());
        List<ParticipantView> before = project.participants();

        assertThatThrownBy(() -> project.importParticipants(write(dir, "people-r2.csv", "id,age\nR2,32\n"),
                Map.of("age", AttributeType.INTEGER)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("Cannot make attribute 'age' integer: it already has the value 'twenty-seven'");
        assertThat(project.participants()).isEqualTo(before);
    }

    @Test
    void aTypeDeclaredForAColumnTheFileLacksIsRefused() throws Exception {
        Path csv = write(dir, "people.csv", PEOPLE);

        assertThatThrownBy(() -> project.importParticipants(csv, Map.of("weight", AttributeType.DECIMAL)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("people.csv: a type is declared for 'weight' but the file has no such column");
        assertThat(project.participants()).isEmpty();
    }

    @Test
    void aNonIntegerInADeclaredIntegerColumnIsRefusedWithFileLineAndColumnAndNothingIsWritten() throws Exception {
        Path csv = write(dir, "people.csv", "id,name,age\nR1,Anna,27\nR2,Boris,twenty-eight\nR3,Vera,30\n");
        long generation = project.generation();

        assertThatThrownBy(() -> project.importParticipants(csv, Map.of("age", AttributeType.INTEGER)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("people.csv, line 3: 'twenty-eight' in column 'age' is not an integer");
        assertThat(project.participants()).isEmpty();
        assertThat(project.generation()).isEqualTo(generation);
    }

    @Test
    void aNonIntegerForAnExistingIntegerAttributeIsRefusedAndEarlierRowsAreNotApplied() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
        List<ParticipantView> before = project.participants();
        Path update = write(dir, "update.csv", "id,city,age\nR1,Moscow,28\nR2,Perm,forty\nR3,Kazan,22\n");

        assertThatThrownBy(() -> project.importParticipants(update, Map.of()))
                .isInstanceOf(ProjectException.class)
                .hasMessage("update.csv, line 3: 'forty' is not an integer for attribute 'age'");
        assertThat(project.participants()).isEqualTo(before);
        assertThat(before).extracting(ParticipantView::key, p -> p.attributes().get("city"))
                .containsExactly(tuple("R1", "Tomsk"), tuple("R2", "Petrozavodsk"));
    }

    @Test
    void aValueTooLongToKeepIsRefusedWithFileLineAndAttributeAndNothingIsWritten() throws Exception {
        Path csv = write(dir, "people.csv", "id,name,note\nR1,Anna,short\nR2,Boris," + "x".repeat(5000) + "\n");
        long generation = project.generation();

        assertThatThrownBy(() -> project.importParticipants(csv, Map.of())).isInstanceOf(ProjectException.class)
                .hasMessage("people.csv, line 3: the value of attribute 'note' is 5000 characters long; an attribute"
                        + " value holds at most 4000 (keep longer notes in a memo)");
        assertThat(project.participants()).isEmpty();
        assertThat(project.generation()).isEqualTo(generation);
    }

    @Test
    void reimportingUpdatesExistingParticipantsAndAddsNewOnes() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());

        Project.ParticipantImport result = project.importParticipants(write(dir, "people-v2.csv", """
                id,name,city,role
                R1,Anna S. Smirnova,Tomsk,respondent
                R2,,Kondopoga,respondent
                R3,Boris Orlov,Tomsk,interviewer
                """), Map.of());

        assertThat(result).isEqualTo(new Project.ParticipantImport(1, 2, 0));
        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::name,
                ParticipantView::attributes).containsExactly(
                        tuple("R1", "Anna S. Smirnova", Map.of("city", "Tomsk", "age", "27", "role", "respondent")),
                        tuple("R2", "Anna Petrova", Map.of("city", "Kondopoga", "age", "31", "role", "respondent")),
                        tuple("R3", "Boris Orlov", Map.of("city", "Tomsk", "role", "interviewer")));
    }

    @Test
    void theRoleColumnSetsRolesAndEditingTheRoleKeepsTheAttributeInStep() throws Exception {
        project.importParticipants(write(dir, "people.csv", """
                id,name,role
                R1,Anna,respondent
                I1,Irina,Interviewer
                O1,Oleg,
                """), Map.of());

        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::role).containsExactly(
                tuple("I1", ParticipantRole.INTERVIEWER), tuple("O1", ParticipantRole.RESPONDENT),
                tuple("R1", ParticipantRole.RESPONDENT));
        project.setParticipantRole("O1", ParticipantRole.OBSERVER);
        project.setParticipantAttribute("R1", "role", "moderator");

        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::role,
                v -> v.attributes().get("role")).containsExactly(
                        tuple("I1", ParticipantRole.INTERVIEWER, "Interviewer"),
                        tuple("O1", ParticipantRole.OBSERVER, "observer"),
                        tuple("R1", ParticipantRole.MODERATOR, "moderator"));
        assertThatThrownBy(() -> project.setParticipantAttribute("R1", "role", "chair"))
                .hasMessage("'chair' is not a participant role (use respondent, interviewer, moderator, observer)");
        assertThat(project.participants().get(2).role()).isEqualTo(ParticipantRole.MODERATOR);
    }

    @Test
    void aRoleThatIsNoRoleRefusesTheFileWithItsLineAndChangesNothing() throws Exception {
        Path csv = write(dir, "people.csv", """
                id,name,role
                R1,Anna,respondent
                R2,Boris,chairman
                """);

        assertThatThrownBy(() -> project.importParticipants(csv, Map.of()))
                .hasMessageStartingWith("people.csv")
                .hasMessageContaining("'chairman' is not a participant role (use respondent, interviewer, moderator,"
                        + " observer)");
        assertThat(project.participants()).isEmpty();
    }

    @Test
    void semicolonSeparatedCsvWithByteOrderMarkAndWindowsLineEndsIsRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id;name;city;age\r\nR1;Petrova, Anna;Петрозаводск;31\r\nR2;Smirnova, Anna;Tomsk;27\r\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path csv = write(dir, "excel.csv", bytes);

        Project.ParticipantImport result = project.importParticipants(csv, Map.of());

        assertThat(result.created()).isEqualTo(2);
        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::name,
                ParticipantView::attributes).containsExactly(
                        tuple("R1", "Petrova, Anna", Map.of("city", "Петрозаводск", "age", "31")),
                        tuple("R2", "Smirnova, Anna", Map.of("city", "Tomsk", "age", "27")));
        assertThat(participantTypes()).containsExactly(entry("city", AttributeType.TEXT),
                entry("age", AttributeType.INTEGER));
    }

    @Test
    void speakerLabelsEqualToAnIdOrANameMapAtImport() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());

        ImportReport.Imported imported = importInterview();

        assertThat(imported.unmappedSpeakers()).containsExactly("Interviewer");
        assertThat(speakers()).containsExactly(
                new SpeakerView("interview.txt", "Interviewer", 2, null),
                new SpeakerView("interview.txt", "R1", 1, "R1"),
                new SpeakerView("interview.txt", "ANNA PETROVA", 1, "R2"));
        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::documents)
                .containsExactly(tuple("R1", 1L), tuple("R2", 1L));
        assertThat(project.document("interview.txt").turns()).extracting(TurnView::speaker, TurnView::participant)
                .containsExactly(tuple("Interviewer", null), tuple("R1", "R1"), tuple("ANNA PETROVA", "R2"),
                        tuple("Interviewer", null));
    }

    @Test
    void speakerLabelsMapWhenParticipantsArriveAfterTheTranscripts() throws Exception {
        ImportReport.Imported imported = importInterview();
        assertThat(imported.unmappedSpeakers()).containsExactly("Interviewer", "R1", "ANNA PETROVA");

        Project.ParticipantImport result = project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());

        assertThat(result).isEqualTo(new Project.ParticipantImport(2, 0, 2));
        assertThat(speakers()).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Interviewer", null), tuple("R1", "R1"), tuple("ANNA PETROVA", "R2"));
    }

    @Test
    void aNameSharedByTwoParticipantsMapsToNeitherWhileIdsAndNamesMatchIgnoringCase() throws Exception {
        project.importParticipants(write(dir, "people.csv", """
                id,name,city
                NNV-R03,Dmitry K.,Nizhny Novgorod
                TOM-R02,Dmitry K.,Tomsk
                PTZ-R01,Dmitry S.,Petrozavodsk
                """), Map.of());
        Path file = write(dir.resolve("in"), "group.txt", """
                Dmitry K.: I am from Tomsk, or am I?
                DMITRY S.: I am from Petrozavodsk.
                Tom-r02: And I am the one from Tomsk, by id.
                """);

        ImportReport report = project.importFiles(ImportRequest.of(file), Progress.NONE);

        assertThat(report.imported().get(0).unmappedSpeakers()).containsExactly("Dmitry K.");
        assertThat(project.speakers("group.txt")).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Dmitry K.", null), tuple("DMITRY S.", "PTZ-R01"), tuple("Tom-r02", "TOM-R02"));
    }

    @Test
    void aSpeakerCanBeMappedByHandAndUnmapped() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE + "I1,Svetlana O.,Tomsk,44\n"), Map.of());
        importInterview();

        project.mapSpeaker("interview.txt", "Interviewer", "I1");
        assertThat(speakers()).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Interviewer", "I1"), tuple("R1", "R1"), tuple("ANNA PETROVA", "R2"));

        project.mapSpeaker("interview.txt", "ANNA PETROVA", "R1");
        assertThat(speakers()).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Interviewer", "I1"), tuple("R1", "R1"), tuple("ANNA PETROVA", "R1"));

        project.mapSpeaker("interview.txt", "Interviewer", null);
        assertThat(speakers()).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Interviewer", null), tuple("R1", "R1"), tuple("ANNA PETROVA", "R1"));
    }

    @Test
    void aMappingMadeByHandSurvivesALaterParticipantsImport() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
        importInterview();
        project.mapSpeaker("interview.txt", "ANNA PETROVA", "R1");

        project.importParticipants(write(dir, "people-v2.csv", PEOPLE + "R3,Interviewer,Tomsk,40\n"), Map.of());

        assertThat(speakers()).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactly(tuple("Interviewer", "R3"), tuple("R1", "R1"), tuple("ANNA PETROVA", "R1"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Boris       | R1  | the document interview.txt has no speaker labelled 'Boris'
            interviewer | R1  | the document interview.txt has no speaker labelled 'interviewer'
            Interviewer | X9  | there is no participant with id 'X9' (see: verbatim participants)
            """)
    void mappingAnUnknownLabelOrParticipantIsRefusedAndChangesNothing(String label, String participant, String message)
            throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
        importInterview();
        List<SpeakerView> before = speakers();

        assertThatThrownBy(() -> project.mapSpeaker("interview.txt", label, participant))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(speakers()).isEqualTo(before);
    }

    @Test
    void aSpeakersCsvWithAnUnknownParticipantIsRefusedNamingTheLineAndMapsNothing() throws Exception {
        project.importParticipants(write(dir, "people.csv", PEOPLE + "I1,Svetlana O.,Tomsk,44\n"), Map.of());
        importInterview();
        List<SpeakerView> before = speakers();
        Path csv = write(dir, "speakers.csv", """
                file,speaker,participant
                interviews/interview.txt,Interviewer,I1
                interviews/interview.txt,R1,R7
                """);

        assertThatThrownBy(() -> project.importSpeakerMap(csv))
                .isInstanceOf(ProjectException.class)
                .hasMessage("speakers.csv, line 3: there is no participant with id 'R7' (see: verbatim participants)");
        assertThat(speakers()).isEqualTo(before);
        assertThat(before).extracting(SpeakerView::participant).containsExactly(null, "R1", "R2");
    }
}
