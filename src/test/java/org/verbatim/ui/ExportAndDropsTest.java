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
        export = new ExportViewModel(f.session, retrieval);
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
        export.excelBom().set(true);

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
        assertThat(export.canExportRetrieved()).isFalse();
        retrieval.code().set("Finland");
        retrieval.where().set("city=Petrozavodsk");
        retrieval.retrieve();
        assertThat(export.retrievedDescription()).isEqualTo("Finland where city=Petrozavodsk");
        export.file().set(csv.toString());
        export.onlyRetrieved().set(true);

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
        assertThat(Files.readString(csv)).startsWith("document,");
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

        assertThat(f.background.errors().get()).isEqualTo("Cannot move 'China' under itself or one of its sub-codes");
        assertThat(codebook.codes()).extracting(CodeNode::path).contains("China", "China / Partner");
    }
}
