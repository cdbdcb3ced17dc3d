package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.MemoView;

/** The memo list and memo edits through the view model, on a real project, without a toolkit. */
class MemosViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;
    private MemosViewModel memos;
    private CodingViewModel coding;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
        memos = new MemosViewModel(f.session);
        coding = new CodingViewModel(f.session, new TranscriptViewModel(f.session));
        memos.reload();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private MemoView shown(String start) {
        return memos.all().stream().filter(m -> m.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void memosOnEveryKindOfTargetAreListedWithWhatTheyAreOnAndFilteredByKindAndWords() throws Exception {
        long tomsk = f.documentId("tomsk-01.txt");
        f.project.importParticipants(java.nio.file.Files.writeString(dir.resolve("participants.csv"), "id,name\nR01,Anna K.\n"),
                java.util.Map.of());
        TextRange r = ViewModelFixture.rangeOf("China invests where Moscow does not");
        long segment = f.project.code(new CodingRequest(String.valueOf(tomsk), "China/Partner", r.start(), r.end(), null,
                null, "anna", "Investment, not politics")).segment().id();

        memos.write(MemoTarget.PROJECT, null, "the project", "Question", "Partner or threat?");
        memos.write(MemoTarget.DOCUMENT, String.valueOf(tomsk), "document tomsk-01.txt", "", "A long interview\nsecond line");
        memos.write(MemoTarget.CODE, "China / Partner", "code China / Partner", null, "Use for cooperation");
        memos.write(MemoTarget.PARTICIPANT, "R01", "participant R01", null, "Studied in Harbin");
        memos.write(MemoTarget.SEGMENT, String.valueOf(segment), "the passage", null, "Check with the second coder");

        assertThat(memos.all()).hasSize(6);
        assertThat(shown("Partner or").on()).isEqualTo("the project");
        assertThat(shown("Partner or").title()).isEqualTo("Question");
        assertThat(shown("A long").on()).isEqualTo("tomsk-01.txt");
        assertThat(shown("A long").firstLine()).isEqualTo("A long interview");
        assertThat(shown("A long").title()).isEqualTo("Memo");
        assertThat(shown("Use for").on()).isEqualTo("China / Partner");
        assertThat(shown("Studied").on()).isEqualTo("R01 (Anna K.)");
        assertThat(shown("Check with").on()).isEqualTo("China / Partner in tomsk-01.txt: “China invests where Moscow does not”");
        assertThat(shown("Check with").documentId()).isEqualTo(tomsk);
        // The segment's own memo, written with the coding, is listed too, with its coder.
        MemoView own = shown("Investment");
        assertThat(own.segmentsOwn()).isTrue();
        assertThat(own.author()).isEqualTo("anna");
        assertThat(own.start()).isEqualTo(r.start());
        assertThat(memos.onSegmentsOf(tomsk)).extracting(MemoView::text)
                .containsExactlyInAnyOrder("Investment, not politics", "Check with the second coder");
        assertThat(memos.onDocument(tomsk)).extracting(MemoView::text).containsExactly("A long interview\nsecond line");

        memos.kind().set(MemosViewModel.Kind.CODE);
        assertThat(memos.shown()).extracting(MemoView::text).containsExactly("Use for cooperation");
        memos.kind().set(MemosViewModel.Kind.SEGMENT);
        assertThat(memos.shown()).hasSize(2);
        memos.filter().set("SECOND coder");
        assertThat(memos.shown()).extracting(MemoView::text).containsExactly("Check with the second coder");
        memos.kind().set(MemosViewModel.Kind.ALL);
        memos.filter().set("tomsk-01");
        // Matches what a memo is on, too: the document's memo and both passages of it.
        assertThat(memos.shown()).hasSize(3);
        memos.filter().set("harbin");
        assertThat(memos.shown()).extracting(MemoView::on).containsExactly("R01 (Anna K.)");
    }

    @Test
    void writingEditingAndDeletingAMemoUndoExactlyNewestFirst() {
        long tomsk = f.documentId("tomsk-01.txt");
        memos.write(MemoTarget.DOCUMENT, String.valueOf(tomsk), "document tomsk-01.txt", "Setting", "First draft");
        Memo written = f.project.memos().get(0);

        memos.change(shown("First"), "Setting", "Second draft");
        Memo edited = f.project.memos().get(0);
        assertThat(edited.text()).isEqualTo("Second draft");
        assertThat(edited.id()).isEqualTo(written.id());

        memos.delete(shown("Second"));
        assertThat(f.project.memos()).isEmpty();
        assertThat(memos.all()).isEmpty();

        coding.undo();
        assertThat(f.project.memos()).containsExactly(edited);
        coding.undo();
        assertThat(f.project.memos()).containsExactly(written);
        coding.undo();
        assertThat(f.project.memos()).isEmpty();

        // Done again: the same memo, with its id, comes back; then the edit and the deletion.
        coding.redo();
        assertThat(f.project.memos()).containsExactly(written);
        coding.redo();
        assertThat(f.project.memos()).containsExactly(edited);
        coding.redo();
        assertThat(f.project.memos()).isEmpty();
    }

    @Test
    void aBlankTextDeletesTheMemoAndASegmentsOwnMemoIsEditedOnTheSegment() {
        long tomsk = f.documentId("tomsk-01.txt");
        TextRange r = ViewModelFixture.rangeOf("China invests where Moscow does not");
        long segment = f.project.code(new CodingRequest(String.valueOf(tomsk), "China/Partner", r.start(), r.end(), null,
                null, "anna", "Investment")).segment().id();
        memos.reload();

        memos.change(shown("Investment"), null, "Investment, not politics");
        assertThat(f.project.segments(org.verbatim.project.SegmentFilter.ALL).get(0).memo())
                .isEqualTo("Investment, not politics");
        memos.change(shown("Investment"), null, "  ");
        assertThat(f.project.segments(org.verbatim.project.SegmentFilter.ALL).get(0).memo()).isNull();
        assertThat(memos.all()).isEmpty();
        coding.undo();
        assertThat(f.project.segments(org.verbatim.project.SegmentFilter.ALL).get(0).memo())
                .isEqualTo("Investment, not politics");
        assertThat(segment).isPositive();

        memos.write(MemoTarget.PROJECT, null, "the project", null, "   ");
        assertThat(f.project.memos()).isEmpty();
    }
}
