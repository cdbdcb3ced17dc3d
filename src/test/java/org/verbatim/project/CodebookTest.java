package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verbatim.model.Code;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;

class CodebookTest {
    private static final String TEXT = """
            Interviewer: What about Europe?
            R1: Europe is our partner. Germany above all.
            Interviewer: And America?
            R1: America is far away.
            """;

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void createProject() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        Path file = write(dir.resolve("in"), "interview.txt", TEXT);
        assertThat(project.importFiles(ImportRequest.of(file), Progress.NONE).refused()).isEmpty();
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private List<String> paths() {
        return project.codes().stream().map(CodeNode::path).toList();
    }

    private Code code(String path) {
        return project.codes().stream().filter(n -> n.path().equals(path)).findFirst().orElseThrow().code();
    }

    private SegmentView codeQuote(String codePath, String quote, String coder) {
        return project.code(CodingRequest.quote("interview.txt", codePath, quote, coder)).segment();
    }

    @Test
    void addingACodeCreatesItsMissingParents() {
        Code germany = project.addCode("The West/EU/Germany", "#aabbcc", "Germany as a partner", "g");

        assertThat(germany.name()).isEqualTo("Germany");
        assertThat(germany.color()).isEqualTo("#AABBCC");
        assertThat(germany.description()).isEqualTo("Germany as a partner");
        assertThat(germany.shortcut()).isEqualTo("g");
        assertThat(project.codes()).extracting(CodeNode::path, CodeNode::depth).containsExactly(
                tuple("The West", 0), tuple("The West / EU", 1), tuple("The West / EU / Germany", 2));
        assertThat(code("The West / EU").id()).isEqualTo(germany.parentId());
        assertThat(code("The West").color()).matches("#[0-9A-F]{6}");
        assertThat(code("The West").description()).isNull();
    }

    @Test
    void addingACodeThatExistsIsRefused() {
        project.addCode("The West/EU", null, null, null);

        assertThatThrownBy(() -> project.addCode(" The West / EU ", "#000000", null, null))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The code 'The West / EU' already exists");
        assertThat(paths()).containsExactly("The West", "The West / EU");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            colour name         | Europe/Partner | red     | The colour 'red' is not of the form #RRGGBB
            short colour        | Europe/Partner | #abc    | The colour '#abc' is not of the form #RRGGBB
            empty path part     | Europe//EU     | #000000 | The code path 'Europe//EU' has an empty part
            """)
    void anInvalidNewCodeIsRefusedAndCreatesNoParents(String problem, String path, String colour, String message) {
        assertThatThrownBy(() -> project.addCode(path, colour, null, null))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(project.codes()).isEmpty();
    }

    @Test
    void editingChangesOnlyTheGivenFieldsAndBlankClears() {
        project.addCode("Europe", "#112233", "Talk about Europe", "e");

        Code recoloured = project.editCode("Europe", "#ff0000", null, null);
        assertThat(recoloured).isEqualTo(new Code(recoloured.id(), null, "Europe", "#FF0000", "Talk about Europe", "e"));

        Code described = project.editCode("Europe", null, "Definition: any mention of the EU", "x");
        assertThat(described).isEqualTo(
                new Code(recoloured.id(), null, "Europe", "#FF0000", "Definition: any mention of the EU", "x"));

        Code cleared = project.editCode("Europe", null, " ", "");
        assertThat(cleared).isEqualTo(new Code(recoloured.id(), null, "Europe", "#FF0000", null, null));
        assertThat(code("Europe")).isEqualTo(cleared);
    }

    @Test
    void editingAMissingCodeIsRefused() {
        assertThatThrownBy(() -> project.editCode("Asia/China", "#000000", null, null))
                .isInstanceOf(ProjectException.class)
                .hasMessage("There is no code 'Asia / China' in the codebook (see: verbatim codes)");
    }

    @Test
    void aShortcutAlreadyUsedIsRefusedOnAddAndEdit() {
        project.addCode("Europe/Germany", null, null, "g");
        project.addCode("America", null, null, "a");

        assertThatThrownBy(() -> project.addCode("Asia", null, null, "G"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The shortcut G is already used by 'Europe / Germany'");
        assertThatThrownBy(() -> project.editCode("America", null, null, "g"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The shortcut g is already used by 'Europe / Germany'");
        assertThat(paths()).containsExactly("Europe", "Europe / Germany", "America");
        assertThat(code("America").shortcut()).isEqualTo("a");
        // Setting a code's own shortcut again is no clash.
        assertThat(project.editCode("Europe/Germany", null, null, "g").shortcut()).isEqualTo("g");
    }

    @Test
    void renamingKeepsSubCodesAndSegments() {
        project.addCode("The West/EU/Germany", null, null, null);
        SegmentView s = codeQuote("The West/EU/Germany", "Germany above all.", "alice");

        Code renamed = project.renameCode("The West/EU", "European Union");

        assertThat(renamed.name()).isEqualTo("European Union");
        assertThat(paths()).containsExactly("The West", "The West / European Union",
                "The West / European Union / Germany");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::id, SegmentView::code)
                .containsExactly(tuple(s.id(), "The West / European Union / Germany"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            The West/EU | USA     | A code named 'USA' already exists at that level
            The West/EU | EU/NATO | The code name 'EU/NATO' contains '/', which separates code paths
            The West/EU | '  '    | A code needs a name
            """)
    void aRenameThatClashesOrIsInvalidIsRefused(String path, String newName, String message) {
        project.addCode("The West/EU", null, null, null);
        project.addCode("The West/USA", null, null, null);

        assertThatThrownBy(() -> project.renameCode(path, newName))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(paths()).containsExactly("The West", "The West / EU", "The West / USA");
    }

    @Test
    void renamingToTheSameNameAtAnotherLevelIsAllowed() {
        project.addCode("The West/EU", null, null, null);
        project.addCode("Institutions", null, null, null);

        project.renameCode("Institutions", "EU");

        assertThat(paths()).containsExactly("The West", "The West / EU", "EU");
    }

    @Test
    void movingACodeTakesItsSubCodesAlongAndToTheTopLevel() {
        project.addCode("Europe/EU/Germany", null, null, null);
        project.addCode("The West", null, null, null);

        project.moveCode("Europe/EU", "The West");
        assertThat(paths()).containsExactly("Europe", "The West", "The West / EU", "The West / EU / Germany");

        project.moveCode("The West/EU/Germany", null);
        // Siblings are listed in creation order: Germany was made before The West.
        assertThat(paths()).containsExactly("Europe", "Germany", "The West", "The West / EU");
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe    | Europe/EU/Germany | Cannot move 'Europe' under itself or one of its sub-codes
            Europe    | Europe            | Cannot move 'Europe' under itself or one of its sub-codes
            Europe/EU | Asia              | There is no code 'Asia' in the codebook (see: verbatim codes)
            Other/EU  | Europe            | A code named 'EU' already exists there; merge them instead
            """)
    void aMoveUnderItsOwnDescendantOrOntoANameClashIsRefused(String path, String parent, String message) {
        project.addCode("Europe/EU/Germany", null, null, null);
        project.addCode("Other/EU", null, null, null);
        List<String> before = paths();

        assertThatThrownBy(() -> project.moveCode(path, parent))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(paths()).isEqualTo(before);
    }

    @Test
    void mergingMovesSegmentsWithoutDoublingIdenticalOnesAndMergesChildren() {
        project.addCode("Partner/Germany", null, null, null);
        project.addCode("Partner/Trade", null, null, null);
        project.addCode("Europe/Germany", null, null, null);
        SegmentView inBoth = codeQuote("Partner", "Europe is our partner.", "alice");
        SegmentView sameRangeOtherCoder = codeQuote("Partner", "Europe is our partner.", "bob");
        SegmentView onlyInSource = codeQuote("Partner", "America is far away.", "alice");
        SegmentView targetHas = codeQuote("Europe", "Europe is our partner.", "alice");
        SegmentView childInBoth = codeQuote("Partner/Germany", "Germany above all.", "alice");
        SegmentView targetChild = codeQuote("Europe/Germany", "Germany above all.", "alice");
        SegmentView childOnlyInSource = codeQuote("Partner/Trade", "Germany above all.", "bob");
        project.addMemo(MemoTarget.SEGMENT, String.valueOf(inBoth.id()), "Dropped", "goes with its segment");

        int moved = project.mergeCodes("Partner", "Europe");

        assertThat(moved).isEqualTo(2);
        assertThat(paths()).containsExactly("Europe", "Europe / Trade", "Europe / Germany");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::id, SegmentView::code,
                SegmentView::coder).containsExactlyInAnyOrder(
                        tuple(sameRangeOtherCoder.id(), "Europe", "bob"),
                        tuple(onlyInSource.id(), "Europe", "alice"),
                        tuple(targetHas.id(), "Europe", "alice"),
                        tuple(targetChild.id(), "Europe / Germany", "alice"),
                        tuple(childOnlyInSource.id(), "Europe / Trade", "bob"));
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::id)
                .doesNotContain(inBoth.id(), childInBoth.id());
        assertThat(project.memos()).extracting(Memo::title).doesNotContain("Dropped");
        assertThat(project.codes()).extracting(CodeNode::path, CodeNode::segments, CodeNode::segmentsWithSubcodes)
                .containsExactly(tuple("Europe", 3L, 5L), tuple("Europe / Trade", 1L, 1L),
                        tuple("Europe / Germany", 1L, 1L));
        assertThat(project.check().problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0} into {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Europe | Europe         | A code cannot be merged into itself
            Europe | Europe/Germany | Cannot merge 'Europe' into one of its own sub-codes
            Asia   | Europe         | There is no code 'Asia' in the codebook (see: verbatim codes)
            """)
    void aMergeIntoItselfOrItsOwnSubCodeIsRefused(String source, String target, String message) {
        project.addCode("Europe/Germany", null, null, null);
        codeQuote("Europe", "Europe is our partner.", "alice");

        assertThatThrownBy(() -> project.mergeCodes(source, target))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(paths()).containsExactly("Europe", "Europe / Germany");
        assertThat(project.segments(SegmentFilter.ALL)).hasSize(1);
    }

    @Test
    void deletingACodeWithSegmentsNeedsForceAndSaysHowManyWouldGo() {
        project.addCode("Europe/Germany", null, null, null);
        codeQuote("Europe", "Europe is our partner.", "alice");
        codeQuote("Europe/Germany", "Germany above all.", "alice");
        codeQuote("Europe/Germany", "Germany above all.", "bob");
        SegmentView america = codeQuote("America", "America is far away.", "alice");

        assertThatThrownBy(() -> project.deleteCode("Europe", false))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The code 'Europe' has 3 segments (with its sub-codes); deleting it deletes them too."
                        + " Give --force to do so.");
        assertThatThrownBy(() -> project.deleteCode("Europe/Germany", false))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The code 'Europe / Germany' has 2 segments; deleting it deletes them too."
                        + " Give --force to do so.");
        assertThat(paths()).containsExactly("Europe", "Europe / Germany", "America");
        assertThat(project.segments(SegmentFilter.ALL)).hasSize(4);

        assertThat(project.deleteCode("Europe", true)).isEqualTo(3);

        assertThat(paths()).containsExactly("America");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::id).containsExactly(america.id());
        assertThat(project.check().problems()).isEmpty();
    }

    @Test
    void deletingACodeWithoutSegmentsNeedsNoForceAndTakesItsMemos() {
        project.addCode("Asia/China", null, null, null);
        project.addMemo(MemoTarget.CODE, "Asia/China", "Definition", "Anything about China");
        project.addMemo(MemoTarget.PROJECT, null, "Aims", "Kept");

        assertThat(project.deleteCode("Asia", false)).isZero();

        assertThat(project.codes()).isEmpty();
        assertThat(project.memos()).extracting(Memo::title).containsExactly("Aims");
    }

    @Test
    void codebookExportedAsJsonRebuildsTheSameTreeInAFreshProject() throws Exception {
        project.addCode("The West", "#112233", "Western countries and institutions", "w");
        project.addCode("The West/EU", "#445566", "The European Union\nWhen to use: any EU body", null);
        project.addCode("The West/USA", null, null, "u");
        project.addCode("Russia/Image abroad", "#778899", "How Russia is seen", null);
        Path json = dir.resolve("codebook.json");

        project.exportCodebook(json);

        JsonNode file = new ObjectMapper().readTree(json.toFile());
        assertThat(file.get("format").asText()).isEqualTo("verbatim-codebook");
        assertThat(file.get("version").asInt()).isEqualTo(1);
        assertThat(file.get("codes")).extracting(n -> n.get("name").asText()).containsExactly("The West", "Russia");
        List<Tuple> expected = project.codes().stream().map(n -> tuple(n.path(), n.code().color(),
                n.code().description(), n.code().shortcut())).toList();
        try (Project fresh = Project.create(dir.resolve("fresh.verbatim"))) {
            Project.CodebookImport result = fresh.importCodebook(json);

            assertThat(result).isEqualTo(new Project.CodebookImport(5, 0));
            assertThat(fresh.codes()).extracting(n -> tuple(n.path(), n.code().color(), n.code().description(),
                    n.code().shortcut())).containsExactlyElementsOf(expected);
            assertThat(expected).hasSize(5).first().isEqualTo(
                    tuple("The West", "#112233", "Western countries and institutions", "w"));

            // Importing the same codebook again changes nothing.
            assertThat(fresh.importCodebook(json)).isEqualTo(new Project.CodebookImport(0, 0));
            assertThat(fresh.codes()).hasSize(5);
        }
    }

    @Test
    void importingACodebookIntoAProjectWithCodesAddsAndUpdatesByPath() throws Exception {
        project.addCode("The West/EU", "#000000", "old definition", null);
        codeQuote("The West/EU", "Europe is our partner.", "alice");
        Path json = write(dir, "book.json", """
                {"format": "verbatim-codebook", "version": 1, "codes": [
                  {"name": "The West", "children": [
                    {"name": "EU", "color": "#0000FF", "description": "new definition"},
                    {"name": "NATO"}
                  ]}
                ]}
                """);

        assertThat(project.importCodebook(json)).isEqualTo(new Project.CodebookImport(1, 1));

        assertThat(project.codes()).extracting(CodeNode::path, n -> n.code().description(), CodeNode::segments)
                .containsExactly(tuple("The West", null, 0L), tuple("The West / EU", "new definition", 1L),
                        tuple("The West / NATO", null, 0L));
        assertThat(code("The West / EU").color()).isEqualTo("#0000FF");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no codes list   | {"format": "verbatim-codebook", "version": 1}                                  | book.json: no "codes" list in this file
            bad colour      | {"codes": [{"name": "A", "children": [{"name": "B", "color": "red"}]}]}        | book.json: the colour of 'A / B' is 'red'; write it as #RRGGBB
            nameless code   | {"codes": [{"name": "A"}, {"color": "#000000"}]}                               | book.json: a code under '(top)' has no name
            twice           | {"codes": [{"name": "A", "children": [{"name": "B"}, {"name": "B"}]}]}        | book.json: the code 'A / B' appears twice
            shortcut clash  | {"codes": [{"name": "A", "shortcut": "x"}, {"name": "B", "shortcut": "x"}]}    | The shortcut x is already used by 'A'
            slash in a name | {"codes": [{"name": "A"}, {"name": "B/C"}]}                                    | The code name 'B/C' contains '/', which separates code paths
            """)
    void aBadCodebookFileIsRefusedWithAClearMessageAndChangesNothing(String problem, String json, String message)
            throws Exception {
        project.addCode("Existing", "#123456", "kept as it is", null);
        List<CodeNode> before = project.codes();
        Path file = write(dir, "book.json", json);

        assertThatThrownBy(() -> project.importCodebook(file))
                .isInstanceOf(ProjectException.class)
                .hasMessage(message);
        assertThat(project.codes()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotJsonIsRefusedNamingTheFileAndLine() throws Exception {
        project.addCode("Existing", null, null, null);
        List<CodeNode> before = project.codes();
        Path file = write(dir, "book.json", "{\"codes\": [\n  {\"name\": \"A\",\n  oops\n]}");

        assertThatThrownBy(() -> project.importCodebook(file))
                .isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("book.json: not a codebook JSON file (line 3: ");
        assertThat(project.codes()).isEqualTo(before);
    }
}
