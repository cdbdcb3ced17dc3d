package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.CodeNode;
import org.verbatim.project.ExcerptLayout;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/** Exporting excerpts from the window and what dropping does, through the view models on a real project. */
class ExportAndDropsTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;
    private RetrievalViewModel retrieval;
    private ExportViewModel export;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
        f.project.code(CodingRequest.quote("tomsk-01.txt", "China/Partner", "China invests where Moscow does not", "anna"));
        f.project.code(CodingRequest.quote("petrozavodsk-01.txt", "Finland", "Finland is next door", "anna"));
        retrieval = new RetrievalViewModel(f.session);
        export = new ExportViewModel(f.session);
        export.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> lines(Path csv) throws Exception {
        return Files.readAllLines(csv, StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesEverySegmentWithAByteOrderMarkForExcelAndReportsProgress() throws Exception {
        Path csv = dir.resolve("all.csv");
        List<String> activity = new ArrayList<>();
        f.background.activity().addListener((o, a, b) -> activity.add(b));
        export.file().set(csv.toString());
        export.layout().set(ExcerptLayout.EXCEL);

        export.export();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(lines(csv)).hasSize(3);
        assertThat(String.join("\n", lines(csv))).contains("China invests where Moscow does not", "Finland is next door");
        assertThat(export.message().get()).isEqualTo("Exported 2 excerpts to " + csv);
        assertThat(activity).contains("Exporting excerpts…", "Reading the excerpts", "Writing excerpt 2 of 2");
    }

    @Test
    void exportOfTheRetrievalWritesOnlyTheRetrievedSegments() throws Exception {
        Path csv = dir.resolve("finland.csv");
        retrieval.code().set("Finland");
        retrieval.where().set("city=Petrozavodsk");
        retrieval.retrieve();
        export.preset(retrieval.retrieved().get().filter());
        assertThat(export.codes()).containsExactly("Finland");
        assertThat(export.where().get()).isEqualTo("city=Petrozavodsk");
        assertThat(export.matching().get()).isEqualTo("1 excerpt matches");
        export.file().set(csv.toString());
        export.layout().set(ExcerptLayout.UTF8);

        export.export();

        assertThat(lines(csv)).hasSize(2);
        assertThat(lines(csv).get(1)).contains("Finland is next door").doesNotContain("China");
        assertThat(lines(csv).get(0)).doesNotStartWith("\uFEFF");
        assertThat(export.message().get()).isEqualTo("Exported 1 excerpt to " + csv);
    }

    @Test
    void aCancelledExportLeavesTheFileAsItWasAndSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("kept.csv"), "an earlier export\n");
        export.file().set(csv.toString());
        f.background.activity().addListener((o, a, b) -> {
            if ("Reading the excerpts".equals(b)) {
                f.background.cancelCurrent();
            }
        });

        export.export();

        assertThat(export.message().get()).isEqualTo("Export cancelled; no file was written");
        assertThat(Files.readString(csv)).isEqualTo("an earlier export\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anExportIntoAMissingFolderNamesIt() {
        Path missing = dir.resolve("no-such-folder").resolve("x.csv");
        export.file().set(missing.toString());

        export.export();

        assertThat(export.message().get()).contains("the folder " + missing.getParent() + " does not exist");
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void aPathTheSystemRefusesIsNamedAndNothingStarts() {
        export.file().set("excerpts\0.csv");

        export.export();

        assertThat(export.message().get()).startsWith("'excerpts\0.csv' is not a file path this system accepts");
        assertThat(export.target()).isEmpty();
        assertThat(f.background.busy().get()).isFalse();
    }

    @Test
    void replacingAnEarlierExportSaysSo() throws Exception {
        Path csv = Files.writeString(dir.resolve("earlier.csv"), "an earlier export\n");
        export.file().set(csv.toString());
        assertThat(export.target()).contains(csv);

        export.export();

        assertThat(export.message().get()).isEqualTo("Exported 2 excerpts to " + csv + " (replaced the earlier file)");
        assertThat(Files.readString(csv)).startsWith("\uFEFFdocument,");
    }

    @Test
    void checkingValuesWritesTheFiltersAndTheCountFollowsEveryChoice() {
        assertThat(export.matching().get()).isEqualTo("2 excerpts match");

        export.check("city", "Tomsk", true);
        assertThat(export.where().get()).isEqualTo("city=Tomsk");
        assertThat(export.matching().get()).isEqualTo("1 excerpt matches");
        export.check("city", "Petrozavodsk", true);
        assertThat(export.where().get()).isEqualTo("city=Tomsk, city=Petrozavodsk");
        assertThat(export.isChecked("city", "petrozavodsk")).isTrue();
        assertThat(export.matching().get()).isEqualTo("2 excerpts match");
        export.check("city", "Tomsk", false);
        assertThat(export.where().get()).isEqualTo("city=Petrozavodsk");

        export.allCodes().set(false);
        assertThat(export.matching().get()).isEqualTo("Check the codes to export, or All codes");
        export.codes().add("China");
        assertThat(export.matching().get()).isEqualTo("0 excerpts match");
        export.where().set("");
        export.coder().set("boris");
        assertThat(export.matches().get()).isZero();
        export.coder().set("anna");
        assertThat(export.matching().get()).isEqualTo("1 excerpt matches");
        export.where().set("city");
        assertThat(export.matching().get()).isEqualTo("Filter 'city' is not of the form attribute=value");
    }

    @Test
    void aCountThatIsOutOfDateWhenItArrivesIsDroppedAndTheLatestChoiceCounted() {
        QueuedBackground queued = new QueuedBackground();
        ExportViewModel later = new ExportViewModel(new Session(f.project, queued, () -> "anna"));
        later.load();
        queued.runQueued();
        assertThat(later.matching().get()).isEqualTo("2 excerpts match");

        later.where().set("city=Tomsk");
        later.where().set("city=Petrozavodsk");
        later.where().set("city=Tomsk, city=Petrozavodsk, city=Vladivostok");
        later.where().set("city=Vladivostok");
        List<String> shown = new ArrayList<>();
        later.matching().addListener((o, a, b) -> shown.add(b));
        queued.runQueued();

        assertThat(shown).containsExactly("0 excerpts match");
    }

    @Test
    void theColumnsStartWithoutTheTechnicalOnesAndTheCsvHasExactlyTheCheckedColumns() throws Exception {
        assertThat(export.chosenColumns()).startsWith("document", "participants").contains("doc_city", "code", "text")
                .doesNotContain("start", "end", "segment_id", "created");
        export.checkColumn("participants", false);
        export.checkColumn("doc_city", false);
        export.checkColumn("segment_id", true);
        Path csv = dir.resolve("columns.csv");
        export.file().set(csv.toString());

        export.export();

        assertThat(lines(csv).get(0)).isEqualTo("\uFEFFdocument,code,text,coder,memo,segment_id");
        assertThat(export.exportedFolder()).contains(dir.toAbsolutePath());
    }

    @Test
    void anExportWithoutACheckedCodeOrColumnSaysWhyAndWritesNothing() {
        Path csv = dir.resolve("nothing.csv");
        export.file().set(csv.toString());
        export.allCodes().set(false);

        export.export();

        assertThat(export.message().get()).isEqualTo("Check the codes to export, or All codes; nothing was written to " + csv);
        export.allCodes().set(true);
        export.chosenColumns().forEach(c -> export.checkColumn(c, false));
        export.export();
        assertThat(export.message().get()).isEqualTo("Check at least one column; nothing was written to " + csv);
        export.checkColumn("text", true);
        export.where().set("city=Vladivostok");
        export.export();
        assertThat(export.message().get())
                .isEqualTo("No coded excerpt matches the chosen codes and filters; " + csv + " was not written");
        assertThat(export.exportedFolder()).isEmpty();
        assertThat(csv).doesNotExist();
    }

    private CodeDrops drops(TranscriptViewModel transcript, CodebookViewModel codebook) {
        return new CodeDrops(codebook, new CodingViewModel(f.session, transcript));
    }

    @Test
    void aSelectionDroppedOnACodeIsCodedWithIt() {
        TranscriptViewModel transcript = new TranscriptViewModel(f.session);
        CodebookViewModel codebook = new CodebookViewModel(f.session);
        codebook.reload();
        transcript.open(f.documentId("tomsk-01.txt"));
        TextRange r = ViewModelFixture.rangeOf("youth exchanges");
        transcript.select(r.start() + 2, r.end() - 1);

        drops(transcript, codebook).passageAndCode("Finland");

        assertThat(f.project.segments(SegmentFilter.ofCode("Finland"))).extracting(SegmentView::text)
                .contains("youth exchanges");
        assertThat(codebook.find("Finland").orElseThrow().segments()).isEqualTo(2);
    }

    @Test
    void aCodeDroppedOnACodeMovesUnderItAndWithCtrlMergesIntoIt() {
        CodebookViewModel codebook = new CodebookViewModel(f.session);
        codebook.reload();
        CodeDrops drops = drops(new TranscriptViewModel(f.session), codebook);

        assertThat(drops.codeOnCode("Finland", "China", false)).isTrue();
        assertThat(codebook.codes()).extracting(CodeNode::path).contains("China / Finland").doesNotContain("Finland");

        assertThat(drops.codeOnCode("China / Finland", "China / Partner", true)).isTrue();
        assertThat(codebook.codes()).extracting(CodeNode::path).containsExactly("China", "China / Partner");
        assertThat(codebook.find("China / Partner").orElseThrow().segments()).isEqualTo(2);

        assertThat(drops.codeOnCode("China", "China", false)).isFalse();
        assertThat(codebook.codes()).extracting(CodeNode::path).containsExactly("China", "China / Partner");
    }

    @Test
    void aCodeDroppedOnItsOwnSubCodeIsRefusedWithTheReason() {
        CodebookViewModel codebook = new CodebookViewModel(f.session);
        codebook.reload();

        drops(new TranscriptViewModel(f.session), codebook).codeOnCode("China", "China / Partner", false);

        assertThat(f.session.history().message().get()).isEqualTo("Cannot move 'China' under itself or one of its sub-codes");
        assertThat(codebook.codes()).extracting(CodeNode::path).contains("China", "China / Partner");
    }
}
