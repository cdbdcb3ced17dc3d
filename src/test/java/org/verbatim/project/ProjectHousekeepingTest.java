package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.fileNames;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting, removing, re-applying and refusing: the small promises around import. */
class ProjectHousekeepingTest {
    private static final String INTERVIEW = """
            Tomsk, interview 3, 27 March 2012

            [00:00:05] Interviewer: How do you see China?
            [00:00:09] Yulia S.: As a partner.
            It develops the north.
            """;

    @TempDir
    Path dir;
    Path folder;

    @BeforeEach
    void projectFolder() {
        folder = dir.resolve("study.verbatim");
    }

    @Test
    void wordCountsCountWhatIsSaidNotLabelsTimestampsOrHeaders() throws Exception {
        Path file = write(dir, "interview.txt", INTERVIEW);
        try (Project p = Project.create(folder)) {
            ImportReport report = p.importFiles(ImportRequest.of(file), Progress.NONE);

            // "How do you see China?" (5) + "As a partner. It develops the north." (7)
            assertThat(report.imported()).singleElement().extracting(ImportReport.Imported::words).isEqualTo(12);
            assertThat(p.documents()).singleElement().extracting(DocumentSummary::words).isEqualTo(12);
        }
    }

    @Test
    void aTextWithoutTurnsCountsAllItsWords() throws Exception {
        Path file = write(dir, "notes.txt", "field notes from the visit, 12 March\n");
        try (Project p = Project.create(folder)) {
            assertThat(p.importFiles(ImportRequest.of(file), Progress.NONE).imported())
                    .singleElement().extracting(ImportReport.Imported::words).isEqualTo(7);
        }
    }

    @Test
    void removingADocumentRemovesItsCopyOfTheOriginal() throws Exception {
        Path keep = write(dir, "keep.txt", INTERVIEW);
        Path drop = write(dir, "drop.txt", INTERVIEW.replace("China", "Europe"));
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(keep, drop), Progress.NONE);
            assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-keep.txt", "2-drop.txt");

            p.removeDocument("drop.txt");

            assertThat(fileNames(folder.resolve("originals"))).containsExactly("1-keep.txt");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("keep.txt");
        }
    }

    @Test
    void documentsCsvAppliedLaterSkipsRowsForDocumentsNotInTheProject() throws Exception {
        Path file = write(dir, "interview.txt", INTERVIEW);
        Path csv = write(dir, "documents.csv", "file,city\ntomsk/interview.txt,Tomsk\nnnv/other.txt,Nizhny Novgorod\n");
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(file), Progress.NONE);

            assertThat(p.importDocumentAttributes(csv)).isEqualTo(new Project.DocumentAttributesImport(1, 1));
            assertThat(p.documents()).singleElement().extracting(DocumentSummary::attributes)
                    .isEqualTo(Map.of("city", "Tomsk"));
        }
    }

    @Test
    void anAttributeValueOfTheWrongTypeRefusesTheWholeImportUpFront() throws Exception {
        Path first = write(dir, "first.txt", INTERVIEW);
        Path second = write(dir, "second.txt", INTERVIEW.replace("China", "Europe"));
        try (Project p = Project.create(folder)) {
            p.importFiles(new ImportRequest(List.of(first), Map.of("wave", "1"), null, null, null), Progress.NONE);

            assertThatThrownBy(() -> p.importFiles(
                    new ImportRequest(List.of(second), Map.of("wave", "second"), null, null, null), Progress.NONE))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("Document attribute wave=second: 'second' is not an integer, as the attribute 'wave' requires");
            assertThat(p.documents()).extracting(DocumentSummary::name).containsExactly("first.txt");
        }
    }

    @Test
    void aDamagedDatabaseIsReportedInWordsAndNotAsAStackTrace() throws Exception {
        Project.create(folder).close();
        Files.write(folder.resolve("project.mv.db"), "this is not a database, it was overwritten".getBytes());

        assertThatThrownBy(() -> Project.open(folder))
                .isInstanceOf(DamagedProjectException.class)
                .hasMessageStartingWith("Project study.verbatim: its database project.mv.db is damaged (H2 cannot read a"
                        + " Verbatim project from it); nothing more is written to it. Salvage what can be read: verbatim"
                        + " recover " + folder + " --out ")
                .hasMessageEndingWith("(it has no backup in " + folder.resolve("backups") + ")");
        assertThat(folder.resolve("backups")).doesNotExist();
        // The failed open leaves no lock behind: a repaired project opens again.
        Files.delete(folder.resolve("project.mv.db"));
        Files.deleteIfExists(folder.resolve("project.trace.db"));
        try (Project reopened = Project.create(dir.resolve("other.verbatim"))) {
            assertThat(reopened.documents()).isEmpty();
        }
    }

    @Test
    void aCodePathWithAnEmptyPartIsRefused() throws Exception {
        try (Project p = Project.create(folder)) {
            assertThatThrownBy(() -> p.addCode("Bear/", null, null, null))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("The code path 'Bear/' has an empty part");
            assertThat(p.codes()).isEmpty();
        }
    }
}
