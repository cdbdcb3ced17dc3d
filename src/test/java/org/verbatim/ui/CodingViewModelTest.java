package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/** Coding the open transcript through the view models, on a real project, without a toolkit. */
class CodingViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;
    private TranscriptViewModel transcript;
    private CodingViewModel coding;
    private CodebookViewModel codebook;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
        transcript = new TranscriptViewModel(f.session);
        coding = new CodingViewModel(f.session, transcript);
        codebook = new CodebookViewModel(f.session);
        codebook.reload();
        transcript.open(f.documentId("tomsk-01.txt"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void select(String quote) {
        TextRange r = ViewModelFixture.rangeOf(quote);
        transcript.select(r.start(), r.end());
    }

    @Test
    void aSelectionSnapsToWholeWordsBeforeItIsCoded() {
        // "hina invests where Mosc" — a careless mouse selection inside two words.
        TextRange careless = ViewModelFixture.rangeOf("China invests where Moscow");
        TextRange snapped = transcript.select(careless.start() + 1, careless.end() - 2);

        assertThat(transcript.selectedText()).isEqualTo("China invests where Moscow");
        coding.codeSelection("China/Partner");

        SegmentView s = f.project.segments(SegmentFilter.ALL).get(0);
        assertThat(s.text()).isEqualTo("China invests where Moscow");
        assertThat(s.start()).isEqualTo(snapped.start());
        assertThat(s.coder()).isEqualTo("anna");
        assertThat(transcript.segments()).hasSize(1);
        assertThat(transcript.layers().get().at(snapped.start() + 3)).extracting(SegmentView::code)
                .containsExactly("China / Partner");
        assertThat(codebook.find("China / Partner").orElseThrow().segments()).isEqualTo(1);
    }

    @Test
    void undoRemovesTheSegmentAndRedoMakesItAgain() {
        select("youth exchanges");
        coding.codeSelection("China/Partner");
        assertThat(coding.canUndo().get()).isTrue();

        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(transcript.segments()).isEmpty();
        assertThat(coding.canRedo().get()).isTrue();

        coding.redo();
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::text).containsExactly("youth exchanges");
        assertThat(coding.canRedo().get()).isFalse();
    }

    @Test
    void undoingAnUncodeRecodesTheSameRangeCodeCoderAndMemoAndLaterUndosFollowTheNewId() {
        select("no vacancies");
        coding.codeSelection("China/Partner");
        SegmentView made = transcript.segments().get(0);
        coding.setMemo(made, "Her own application");
        SegmentView withMemo = transcript.segments().get(0);
        coding.uncode(withMemo);
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();

        coding.undo();
        SegmentView back = f.project.segments(SegmentFilter.ALL).get(0);
        assertThat(back.id()).isNotEqualTo(made.id());
        assertThat(back).extracting(SegmentView::code, SegmentView::start, SegmentView::end, SegmentView::coder,
                SegmentView::memo).containsExactly("China / Partner", made.start(), made.end(), "anna", "Her own application");

        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL).get(0).memo()).isNull();
        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(coding.canUndo().get()).isFalse();
    }

    @Test
    void redoingACodingThatWasUncodedAndRecodedFollowsTheSegmentToItsNewestId() {
        select("no vacancies");
        coding.codeSelection("China/Partner");
        coding.uncode(transcript.segments().get(0));
        coding.undo();
        coding.setMemo(transcript.segments().get(0), "Her own application");

        coding.undo();
        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
        coding.redo();
        coding.redo();

        assertThat(coding.message().get()).isEqualTo("Redone: Edit memo");
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::text, SegmentView::memo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no vacancies", "Her own application"));
    }

    @Test
    void undoWhileACodingStillWaitsIsRefusedSoItNeverUndoesTheActionBeforeIt() {
        QueuedBackground queued = new QueuedBackground();
        Session waiting = new Session(f.project, queued, () -> "anna");
        TranscriptViewModel waitingTranscript = new TranscriptViewModel(waiting);
        CodingViewModel waitingCoding = new CodingViewModel(waiting, waitingTranscript);
        waitingTranscript.open(f.documentId("tomsk-01.txt"));
        queued.runQueued();
        TextRange first = ViewModelFixture.rangeOf("youth exchanges");
        waitingTranscript.select(first.start(), first.end());
        waitingCoding.codeSelection("China/Partner");
        queued.runQueued();

        TextRange second = ViewModelFixture.rangeOf("no vacancies");
        waitingTranscript.select(second.start(), second.end());
        waitingCoding.codeSelection("China/Partner");
        waitingCoding.undo();
        assertThat(waitingCoding.message().get())
                .isEqualTo("Not undone: wait until 'Code with China/Partner' is done, then undo again");
        queued.runQueued();
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::text)
                .containsExactlyInAnyOrder("youth exchanges", "no vacancies");

        waitingCoding.undo();
        queued.runQueued();
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::text).containsExactly("youth exchanges");
    }

    @Test
    void deletingACodeIsInTheUndoHistorySoUndoBringsItBackBeforeAnyOlderEdit() {
        select("youth exchanges");
        coding.codeSelection("Youth");
        select("no vacancies");
        coding.codeSelection("China/Partner");
        coding.setMemo(transcript.segments().stream().filter(s -> s.code().equals("China / Partner")).findFirst()
                .orElseThrow(), "Her own application");
        List<SegmentView> before = f.project.segments(SegmentFilter.ALL);
        codebook.delete("China / Partner");
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::code).containsExactly("Youth");

        coding.undo();
        assertThat(coding.message().get()).isEqualTo("Undone: Delete China / Partner");
        assertThat(f.project.segments(SegmentFilter.ALL)).containsExactlyInAnyOrderElementsOf(before);
        coding.undo();
        assertThat(coding.message().get()).isEqualTo("Undone: Edit memo");
        coding.undo();
        assertThat(coding.message().get()).isEqualTo("Undone: Code with China/Partner");
        coding.undo();
        assertThat(coding.message().get()).isEqualTo("Undone: Code with Youth");
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(coding.canUndo().get()).isFalse();
    }

    @Test
    void inVivoCodingMakesACodeOfTheSelectedWordsAndUndoRemovesThatCodeToo() {
        select("China invests where Moscow does not");
        coding.codeInVivo(coding.inVivoSuggestion());

        assertThat(codebook.find("China invests where Moscow does not")).isPresent();
        assertThat(transcript.segments()).extracting(SegmentView::code).containsExactly("China invests where Moscow does not");

        coding.undo();
        assertThat(codebook.find("China invests where Moscow does not")).isEmpty();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
    }

    @Test
    void recodeKeepsTheSegmentAndUndoGivesItsCodeBack() {
        select("youth exchanges");
        coding.codeSelection("China/Partner");
        SegmentView s = transcript.segments().get(0);

        coding.recode(s, "Youth");
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::id, SegmentView::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s.id(), "Youth"));

        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).extracting(SegmentView::code).containsExactly("China / Partner");
        assertThat(codebook.find("Youth")).isEmpty();
    }

    @Test
    void codingTheSamePassageTwiceIsRefusedWithAMessageAndLeavesOneSegment() {
        select("youth exchanges");
        coding.codeSelection("China/Partner");
        coding.codeSelection("China/Partner");

        assertThat(coding.message().get()).contains("already coded with 'China / Partner' by anna");
        assertThat(f.project.segments(SegmentFilter.ALL)).hasSize(1);
    }

    @Test
    void withoutASelectionNothingIsCodedAndTheUserIsTold() {
        coding.codeSelection("China/Partner");

        assertThat(coding.message().get()).isEqualTo("Select a passage first, then choose a code");
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
    }

    @Test
    void inVivoNamesAreOneLineWithoutPathSeparatorsAndShort() {
        assertThat(CodingViewModel.inVivoName("  “a so-called\n partner/friend.” ")).isEqualTo("a so-called partner-friend");
        assertThat(CodingViewModel.inVivoName("word ".repeat(30))).hasSizeLessThanOrEqualTo(60).endsWith("word");
        assertThat(CodingViewModel.inVivoName("(laughter)")).isEqualTo("(laughter)");
        assertThat(CodingViewModel.inVivoName("the same thing. (laughter).")).isEqualTo("the same thing. (laughter)");
    }
}
