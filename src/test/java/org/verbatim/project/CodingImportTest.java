package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coding a project from a quote-based codings.csv, as the sample study is coded. */
class CodingImportTest {
    static final String HEADER = "document,code,quote,occurrence,coder,memo\n";

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void createProject() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        project.importParticipants(write(dir, "people.csv", CodingTest.PEOPLE), Map.of());
        project.importFiles(new ImportRequest(List.of(write(dir, "focus-group.txt", CodingTest.FOCUS)), Map.of(), null,
                null, null), Progress.NONE);
        project.addCode("The West/European Union", null, null, null);
        project.addCode("The West/United States", null, null, null);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    @Test
    void codesEachRowOverTheQuotedWordsWithItsCoderAndMemo() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + """
                focus-group.txt,The West/European Union,"Europe is a partner
                for us, really.",,elena,warm
                focus-group.txt,The West/United States,"Europe is distant, and America is further.",,pavel,
                focus-group.txt,The West/European Union,"Europe is distant, and America is further.",,pavel,
                """);

        Project.CodingsImport result = project.importCodings(csv, null);

        assertThat(result.created()).isEqualTo(3);
        assertThat(project.segments(SegmentFilter.ALL))
                .extracting(SegmentView::code, SegmentView::text, SegmentView::coder, SegmentView::memo,
                        SegmentView::participants)
                .containsExactlyInAnyOrder(
                        tuple("The West / European Union", "Europe is a partner\nfor us, really.", "elena", "warm",
                                List.of("P1")),
                        tuple("The West / United States", "Europe is distant, and America is further.", "pavel", null,
                                List.of("P2")),
                        tuple("The West / European Union", "Europe is distant, and America is further.", "pavel", null,
                                List.of("P2")));
    }

    @Test
    void anOccurrenceNumberPicksOneOfARepeatedQuote() throws Exception {
        String text = project.document("focus-group.txt").text();
        Path csv = write(dir, "codings.csv", HEADER + "focus-group.txt,The West/European Union,Europe is,3,elena,\n");

        project.importCodings(csv, null);

        int third = text.indexOf("Europe is", text.indexOf("Europe is", text.indexOf("Europe is") + 1) + 1);
        assertThat(project.segments(SegmentFilter.ALL)).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(third));
    }

    @Test
    void importingTheSameFileAgainCodesNothingTwice() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + "focus-group.txt,The West/European Union,Europe is close.,,elena,\n");
        project.importCodings(csv, null);

        Project.CodingsImport again = project.importCodings(csv, null);

        assertThat(again.created()).isZero();
        assertThat(again.alreadyCoded()).isEqualTo(1);
        assertThat(project.segments(SegmentFilter.ALL)).hasSize(1);
    }

    @Test
    void rowsWithoutACoderAreCodedByTheDefaultCoder() throws Exception {
        Path csv = write(dir, "codings.csv", "document,code,quote\nfocus-group.txt,The West/European Union,Europe is close.\n");

        project.importCodings(csv, "maria");

        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::coder).containsExactly("maria");
    }

    @Test
    void rowsForDocumentsNotInTheProjectAreSkippedAndNamed() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + """
                focus-group.txt,The West/European Union,Europe is close.,,elena,
                later-interview.txt,The West/European Union,Anything at all,,elena,
                """);

        Project.CodingsImport result = project.importCodings(csv, null);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.unknownDocuments()).containsExactly("later-interview.txt");
    }

    @Test
    void aDocumentIsNamedAsElsewhereWithOrWithoutItsExtensionOrFolder() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + """
                focus-group,The West/European Union,Europe is close.,,elena,
                transcripts/focus-group.txt,The West/United States,America is further.,,elena,
                """);

        assertThat(project.importCodings(csv, null).created()).isEqualTo(2);
        assertThat(project.search(SearchQuery.of("code:\"The West\" AND america"), Progress.NONE).total())
                .as("the index knows the new segments").isEqualTo(1);
    }

    @Test
    void aRowThatNamesNoDocumentIsRefusedWithItsLine() throws Exception {
        Path empty = write(dir, "empty.csv", HEADER + ",The West/European Union,Europe is close.,,elena,\n");
        Path slash = write(dir, "slash.csv", HEADER + "/,The West/European Union,Europe is close.,,elena,\n");

        assertThatThrownBy(() -> project.importCodings(empty, null)).isInstanceOf(ProjectException.class)
                .hasMessage("empty.csv, line 2: the document, the code and the quote must not be empty");
        assertThatThrownBy(() -> project.importCodings(slash, null)).isInstanceOf(ProjectException.class)
                .hasMessage("slash.csv, line 2: '/' names no document (give its file name, e.g. interview-01.txt)");
    }

    @Test
    void aQuoteThatIsNotInTheTextRefusesTheWholeFileNamingTheLine() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + """
                focus-group.txt,The West/European Union,Europe is close.,,elena,
                focus-group.txt,The West/European Union,Europe is a rival,,elena,
                """);

        assertThatThrownBy(() -> project.importCodings(csv, null)).isInstanceOf(ProjectException.class)
                .hasMessage("codings.csv, line 3: The quote was not found in focus-group.txt: \"Europe is a rival\"");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
    }

    @Test
    void aCodeThatIsNotInTheCodebookRefusesTheWholeFileAndCreatesNoCode() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + """
                focus-group.txt,The West/European Union,Europe is close.,,elena,
                focus-group.txt,The West/Europe,Europe is close.,,elena,
                """);
        int codesBefore = project.codes().size();

        assertThatThrownBy(() -> project.importCodings(csv, null)).isInstanceOf(ProjectException.class)
                .hasMessage("codings.csv, line 3: there is no code 'The West / Europe' in the codebook (see: verbatim codes)");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(project.codes()).hasSize(codesBefore);
    }

    @Test
    void aRepeatedQuoteWithoutAnOccurrenceIsRefusedWithTheChoices() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + "focus-group.txt,The West/European Union,Europe is,,elena,\n");

        assertThatThrownBy(() -> project.importCodings(csv, null)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("codings.csv, line 2: The quote occurs 3 times in focus-group.txt")
                .hasMessageContaining("the occurrence column 1..3");
    }

    @Test
    void anOccurrenceThatIsNotAPositiveNumberIsRefused() throws Exception {
        Path csv = write(dir, "codings.csv", HEADER + "focus-group.txt,The West/European Union,Europe is,first,elena,\n");

        assertThatThrownBy(() -> project.importCodings(csv, null)).isInstanceOf(ProjectException.class)
                .hasMessage("codings.csv, line 2: occurrence must be a whole number from 1, not 'first'");
    }

    @Test
    void aSheetWithoutTheQuoteColumnIsRefusedNamingTheColumnsNeeded() throws Exception {
        Path csv = write(dir, "codings.csv", "document,code,start,end\nfocus-group.txt,The West,1,5\n");

        assertThatThrownBy(() -> project.importCodings(csv, null)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("codings.csv: the header must have the columns document, code, quote");
    }
}
