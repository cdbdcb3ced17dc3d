package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.ParticipantRole;

/**
 * Participants added, renamed and removed by hand, documents renamed, codebook files imported
 * and exported — each refusing bad input without changing anything, and each undone exactly.
 */
class HandEditsTest {
    private static final String INTERVIEW = """
            Interviewer: Please introduce yourself.
            R1: I am Anna, I work for the city.
            Interviewer: Thank you.
            """;

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void createProject() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        Path file = write(dir.resolve("in"), "interview.txt", INTERVIEW);
        assertThat(project.importFiles(ImportRequest.of(file), Progress.NONE).refused()).isEmpty();
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void aParticipantIsAddedRenamedAndRefusedWhenTheIdIsBlankOrTaken() {
        project.participantEdits().add("  P52 ", "Sergei N.");
        assertThat(project.participants()).extracting(ParticipantView::key, ParticipantView::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P52", "Sergei N."));
        assertThatThrownBy(() -> project.participantEdits().add("P52", "Another"))
                .hasMessage("There is already a participant with id 'P52'");
        assertThatThrownBy(() -> project.participantEdits().add("  ", "Nobody"))
                .hasMessage("A participant needs an id");
        assertThat(project.participants()).hasSize(1);

        project.participantEdits().rename("P52", "Sergei Nikolaev");
        assertThat(project.participants().get(0).name()).isEqualTo("Sergei Nikolaev");
        assertThatThrownBy(() -> project.participantEdits().rename("P99", "x"))
                .hasMessage("There is no participant 'P99'");

        project.participantEdits().undoAdd("P52");
        assertThat(project.participants()).isEmpty();
    }

    @Test
    void removingAParticipantTakesTheirValuesLabelsAndMemosAndRestoringPutsThemBackWithTheSameId() {
        project.participantEdits().add("R1", "Anna");
        project.setParticipantAttribute("R1", "city", "Tomsk");
        project.setParticipantRole("R1", ParticipantRole.MODERATOR);
        project.mapSpeaker("interview.txt", "R1", "R1");
        project.addMemo(MemoTarget.PARTICIPANT, "R1", "First contact", "Met at the library");
        ParticipantView before = project.participants().get(0);
        List<SpeakerView> speakersBefore = project.speakers("interview.txt");
        List<Memo> memosBefore = project.memos();

        ParticipantEdits.Removed removed = project.participantEdits().remove("R1");
        assertThat(project.participants()).isEmpty();
        assertThat(project.memos()).isEmpty();
        assertThat(project.speakers("interview.txt")).allSatisfy(s -> assertThat(s.participant()).isNull());

        project.participantEdits().restore(removed);
        assertThat(project.participants()).containsExactly(before);
        assertThat(project.speakers("interview.txt")).isEqualTo(speakersBefore);
        assertThat(project.memos()).isEqualTo(memosBefore);
    }

    @Test
    void aDocumentIsRenamedAndBadNamesAreRefused() throws Exception {
        Path other = write(dir.resolve("in2"), "second.txt", "A: one\nB: two\n");
        project.importFiles(ImportRequest.of(other), Progress.NONE);
        assertThat(project.documentNames().rename("interview.txt", "Tomsk 01.txt")).isEqualTo("interview.txt");
        assertThat(project.documents()).extracting(DocumentSummary::name).contains("Tomsk 01.txt")
                .doesNotContain("interview.txt");
        assertThatThrownBy(() -> project.documentNames().rename("Tomsk 01.txt", "second.txt"))
                .hasMessage("There is already a document named 'second.txt'");
        assertThatThrownBy(() -> project.documentNames().rename("Tomsk 01.txt", " "))
                .hasMessage("A document needs a name");
        assertThatThrownBy(() -> project.documentNames().rename("Tomsk 01.txt", "2024"))
                .hasMessageContaining("cannot be digits only");
        assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("Tomsk 01.txt", "second.txt");
    }

    @Test
    void aCodebookImportIsUndoneAndDoneAgainExactlyAndABadFileChangesNothing() throws Exception {
        project.addCode("Trust", "#1F77B4", "old description", null);
        List<CodeNode> before = project.codes();
        Path json = write(dir, "codebook.json", """
                {"codes": [
                  {"name": "Trust", "color": "#D62728", "description": "new description"},
                  {"name": "Threats", "children": [{"name": "China"}]}
                ]}
                """);
        CodebookFiles.Imported imported = project.codebookFiles().importFile(json);
        assertThat(imported.made()).extracting(c -> c.name()).containsExactly("Threats", "China");
        List<CodeNode> after = project.codes();
        assertThat(after).extracting(CodeNode::path).containsExactly("Trust", "Threats", "Threats / China");
        assertThat(project.codes().stream().filter(n -> n.path().equals("Trust")).findFirst().orElseThrow()
                .code().color()).isEqualTo("#D62728");

        project.codebookFiles().undoImport(imported);
        assertThat(project.codes()).isEqualTo(before);
        project.codebookFiles().redoImport(imported);
        assertThat(project.codes()).isEqualTo(after);

        Path broken = write(dir, "broken.json", "{\"codes\": [ {\"name\": \"A\", \"color\": \"red\"} ]}");
        assertThatThrownBy(() -> project.codebookFiles().importFile(broken))
                .hasMessageContaining("broken.json").hasMessageContaining("colour");
        Path notQdc = write(dir, "notes.qdc", "<Notes/>");
        assertThatThrownBy(() -> project.codebookFiles().importFile(notQdc))
                .hasMessageContaining("notes.qdc").hasMessageContaining("not a REFI-QDA codebook");
        assertThat(project.codes()).isEqualTo(after);

        Path qdc = dir.resolve("out.qdc");
        project.codebookFiles().export(qdc);
        assertThat(Files.readString(qdc)).contains("<CodeBook").contains("name=\"China\"");
        Path back = dir.resolve("out.json");
        project.codebookFiles().export(back);
        assertThat(Files.readString(back)).contains("\"China\"").contains("new description");
    }
}
