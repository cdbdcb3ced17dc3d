package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.SegmentChange.Kind;

/** Correcting a coded transcript on a real project: the codings follow the words, and undo puts everything back. */
class CorrectionsTest {
    static final String FOCUS = """
            Focus group, 6 April 2012
            [00:00:10] Moderator: Welcome. What do you think of Europe?
            [00:00:20] Anna: Europe is a partner for us. Ivanov told me so.
            [00:00:40] Boris: I disagree. Europe is distant, and America is further.
            [00:01:00] Moderator: Thank you both.
            """;
    static final String PEOPLE = """
            id,name,city
            M1,Moderator,Tomsk
            P1,Anna,Tomsk
            P2,Boris,Petrozavodsk
            P3,Vera,Petrozavodsk
            """;

    @TempDir
    Path dir;

    Project project;
    Corrections corrections;

    @BeforeEach
    void createProject() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
        project.importFiles(new ImportRequest(List.of(write(dir, "focus.txt", FOCUS)), Map.of(), null, null, null),
                Progress.NONE);
        corrections = project.corrections();
        code("Partner", "Europe is a partner for us.", "anna-coder");
        code("Names", "Ivanov", "anna-coder");
        code("Distance", "Europe is distant", "boris-coder");
        code("Welcome", "Thank you both.", "anna-coder");
    }

    @AfterEach
    void close() {
        project.close();
    }

    private SegmentView code(String code, String quote, String coder) {
        return project.code(new CodingRequest("focus.txt", code, null, null, quote, null, coder, null)).segment();
    }

    private String text() {
        return project.document("focus.txt").text();
    }

    private Map<String, String> covered() {
        Map<String, String> out = new java.util.TreeMap<>();
        project.segments(SegmentFilter.ALL).forEach(s -> out.put(s.code(), s.text()));
        return out;
    }

    @Test
    void correctingAMisheardNameMovesLaterSegmentsAndUpdatesTheirTextSoCheckStillProvesThem() {
        String edited = corrections.edited("focus.txt", TextEdit.quote("Ivanov", null, "Ivanova"));
        CorrectionReport preview = corrections.preview("focus.txt", edited);
        assertThat(preview.saved()).isFalse();
        assertThat(preview.of(Kind.GROWS)).isEmpty();
        assertThat(preview.of(Kind.CHANGES)).extracting(SegmentChange::code, SegmentChange::newText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Names", "Ivanova"));
        assertThat(preview.count(Kind.MOVES)).isEqualTo(2);

        CorrectionReport saved = corrections.save("focus.txt", edited, "editor-1", null, false);

        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.summary()).isEqualTo("Replaced \"Ivanov\" with \"Ivanova\"");
        assertThat(text()).contains("Ivanova told me so.");
        assertThat(covered()).containsEntry("Names", "Ivanova").containsEntry("Distance", "Europe is distant")
                .containsEntry("Welcome", "Thank you both.").containsEntry("Partner", "Europe is a partner for us.");
        assertThat(project.check().ok()).isTrue();
        assertThat(project.search(SearchQuery.of("Ivanova"), Progress.NONE).total()).isEqualTo(1);
        assertThat(project.search(SearchQuery.of("Ivanov"), Progress.NONE).total()).isZero();
        assertThat(corrections.history("focus.txt")).extracting(DocumentVersion::number, DocumentVersion::editor,
                DocumentVersion::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "", "Imported from focus.txt"),
                org.assertj.core.groups.Tuple.tuple(2, "editor-1", "Replaced \"Ivanov\" with \"Ivanova\""));
        assertThat(corrections.versionText("focus.txt", 1)).isEqualTo(FOCUS);
    }

    @Test
    void changingASpeakerLabelGivesTheTurnToTheOtherParticipantAndKeepsUnchangedLabelsMapped() {
        String edited = text().replace("Boris: I disagree", "Vera: I disagree");
        corrections.save("focus.txt", edited, null, "Boris was Vera", false);

        assertThat(project.speakers("focus.txt")).extracting(SpeakerView::speaker, SpeakerView::participant)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Moderator", "M1"),
                        org.assertj.core.groups.Tuple.tuple("Anna", "P1"),
                        org.assertj.core.groups.Tuple.tuple("Vera", "P3"));
        SegmentView distance = project.segments(SegmentFilter.ofCode("Distance")).get(0);
        assertThat(distance.participants()).containsExactly("P3");
        assertThat(distance.text()).isEqualTo("Europe is distant");
        assertThat(project.document("focus.txt").turns()).extracting(TurnView::speaker, TurnView::timestampMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Moderator", 10_000L),
                        org.assertj.core.groups.Tuple.tuple("Anna", 20_000L),
                        org.assertj.core.groups.Tuple.tuple("Vera", 40_000L),
                        org.assertj.core.groups.Tuple.tuple("Moderator", 60_000L));
    }

    @Test
    void splittingATurnMakesTwoTurnsAndTheSegmentsStayOnTheirWords() {
        String edited = text().replace("partner for us. Ivanov", "partner for us.\nModerator: Who?\nAnna: Ivanov");
        CorrectionReport saved = corrections.save("focus.txt", edited, null, "Split", false);

        assertThat(saved.turnsBefore()).isEqualTo(4);
        assertThat(saved.turnsAfter()).isEqualTo(6);
        assertThat(covered()).containsEntry("Names", "Ivanov").containsEntry("Partner", "Europe is a partner for us.");
        assertThat(project.segments(SegmentFilter.ofCode("Names")).get(0).participants()).containsExactly("P1");
        assertThat(project.check().ok()).isTrue();
    }

    @Test
    void joiningTwoTurnsMakesOneTurnAndASegmentOnTheRemovedLabelIsAskedAbout() {
        code("Label", "Boris", "anna-coder");
        String edited = text().replace(" Europe is close.", "").replace("told me so.\n[00:00:40] Boris: ", "told me so. ");

        CorrectionReport preview = corrections.preview("focus.txt", edited);
        assertThat(preview.of(Kind.LOSES_ALL_WORDS)).extracting(SegmentChange::code, SegmentChange::coder,
                SegmentChange::oldText).containsExactly(org.assertj.core.groups.Tuple.tuple("Label", "anna-coder", "Boris"));
        assertThatThrownBy(() -> corrections.save("focus.txt", edited, null, null, false))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("1 segment of focus.txt would lose all their words")
                .hasMessageContaining("Label by anna-coder: \"Boris\"");
        assertThat(text()).isEqualTo(FOCUS);

        CorrectionReport saved = corrections.save("focus.txt", edited, null, null, true);
        assertThat(saved.of(Kind.LOSES_ALL_WORDS)).hasSize(1);
        assertThat(saved.turnsAfter()).isEqualTo(3);
        assertThat(covered()).doesNotContainKey("Label").containsEntry("Distance", "Europe is distant");
        assertThat(project.segments(SegmentFilter.ofCode("Distance")).get(0).participants()).containsExactly("P1");
    }

    @Test
    void deletingACodedPassageNeedsForceAndUndoBringsTheSegmentAndItsMemoBackExactly() {
        SegmentView names = project.segments(SegmentFilter.ofCode("Names")).get(0);
        project.addMemo(MemoTarget.SEGMENT, String.valueOf(names.id()), "Who", "Check the spelling");
        List<SegmentView> before = project.segments(SegmentFilter.ALL);
        String edited = corrections.edited("focus.txt", TextEdit.quote(" Ivanov told me so.", null, ""));

        CorrectionReport saved = corrections.save("focus.txt", edited, null, null, true);
        assertThat(saved.summary()).isEqualTo("Deleted \" Ivanov told me so.\"");
        assertThat(project.segments(SegmentFilter.ALL)).hasSize(3);
        assertThat(project.memos()).isEmpty();

        corrections.restore(saved.before(), null, "Undo: " + saved.summary());

        assertThat(text()).isEqualTo(FOCUS);
        assertThat(project.segments(SegmentFilter.ALL)).usingRecursiveFieldByFieldElementComparator()
                .containsExactlyInAnyOrderElementsOf(before);
        assertThat(project.memos()).extracting(m -> m.targetId(), m -> m.text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(names.id(), "Check the spelling"));
        assertThat(project.check().ok()).isTrue();
        assertThat(corrections.history("focus.txt")).extracting(DocumentVersion::summary)
                .containsExactly("Imported from focus.txt", "Deleted \" Ivanov told me so.\"",
                        "Undo: Deleted \" Ivanov told me so.\"");
        assertThat(project.search(SearchQuery.of("Ivanov"), Progress.NONE).total()).isEqualTo(1);
    }

    @Test
    void replacingTheWholeFileKeepsTheDocumentItsAttributesAndTheCodingThatStillHasItsWords() throws Exception {
        project.setDocumentAttribute("focus.txt", "city", "Tomsk");
        Path fixed = write(dir, "focus-fixed.txt", """
                Focus group, 6 April 2012 (second transcription)
                [00:00:10] Moderator: Welcome! What do you think of Europe?
                [00:00:20] Anna: Europe is a partner for us. Ivanova told me so.
                [00:00:40] Boris: I disagree. Europe is distant, and America is further still.
                [00:01:00] Moderator: Thank you both.
                """);

        CorrectionReport preview = corrections.previewReplace("focus.txt", fixed, null, null);
        assertThat(preview.losesSegments()).isFalse();
        CorrectionReport saved = corrections.replace("focus.txt", fixed, null, null, "editor-2", false);

        assertThat(saved.summary()).isEqualTo("Replaced by focus-fixed.txt");
        assertThat(project.documents()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("focus.txt");
            assertThat(d.attributes()).containsEntry("city", "Tomsk");
        });
        assertThat(covered()).containsEntry("Names", "Ivanova").containsEntry("Distance", "Europe is distant");
        assertThat(project.check().ok()).isTrue();
        assertThat(Files.list(project.folder().resolve("originals")).map(p -> p.getFileName().toString()))
                .contains("1-v2-focus-fixed.txt");
        assertThatThrownBy(() -> corrections.replace("focus.txt", fixed, null, null, null, false))
                .hasMessageContaining("is the same as its current text");
    }

    @Test
    void aRangeOutsideTheTextIsRefusedWithTheDocumentsLength() {
        assertThatThrownBy(() -> corrections.edited("focus.txt", TextEdit.range(5, 9999, "x")))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The range 5:9999 is outside focus.txt (the text has " + FOCUS.length()
                        + " characters; a range is start:end with start <= end)");
    }
}
