package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.ParticipantRole;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;

/**
 * The core use cases — import, coding, codebook edits, search, cross-tab, memos, participant
 * roles, quote marks, corrections with their history, removing a document — give the same
 * results on a project file (H2) and on a team project (PostgreSQL): the store hides which.
 */
class UseCasesOnBothStoresTest {
    @TempDir
    Path dir;

    private Project open(String store) {
        Path folder = dir.resolve("study.verbatim");
        return store.equals("file") ? Project.create(folder) : TeamServer.start().create(folder);
    }

    @ParameterizedTest(name = "on a {0}")
    @ValueSource(strings = {"file", "server"})
    void theCoreUseCasesGiveTheSameResults(String store) throws Exception {
        try (Project project = open(store)) {
            // import
            project.importParticipants(write(dir, "people.csv", CodingTest.PEOPLE), Map.of());
            ImportReport imported = project.importFiles(new ImportRequest(List.of(write(dir, "focus-group.txt",
                    CodingTest.FOCUS), write(dir, "interview.txt", CodingTest.INTERVIEW)), Map.of(), null, null, null),
                    Progress.NONE);
            assertThat(imported.imported()).hasSize(2);
            assertThat(project.documents()).extracting(DocumentSummary::name)
                    .containsExactly("focus-group.txt", "interview.txt");

            // coding, by two coders, and undoing one
            project.code(CodingRequest.quote("focus-group.txt", "Europe/Partner", "Europe is a partner", "ann"));
            project.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Europe is a partner", "ann"));
            project.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Europe is a partner", "ben"));
            long distant = project.code(CodingRequest.quote("focus-group.txt", "Europe/Threat", "Europe is distant", "ben"))
                    .segment().id();
            long wrong = project.code(CodingRequest.quote("focus-group.txt", "America", "America is further", "ben"))
                    .segment().id();
            project.uncode(wrong);
            assertThatThrownBy(() -> project.code(CodingRequest.quote("interview.txt", "Europe/Partner",
                    "Europe is a partner", "ann"))).isInstanceOf(ProjectException.class);
            assertThat(project.segments(SegmentFilter.ALL)).hasSize(4);

            // codebook edits
            project.renameCode("Europe/Threat", "Danger");
            project.addCode("Europe/Ally", "#336699", "A partner in all but name", null);
            assertThat(project.mergeCodes("Europe/Ally", "Europe/Partner")).isZero();
            assertThat(project.codes()).extracting(CodeNode::path)
                    .containsExactly("Europe", "Europe / Partner", "Europe / Danger", "America");
            assertThat(project.deleteCode("America", false)).isZero();
            assertThat(project.segments(SegmentFilter.ALL)).filteredOn(s -> s.id() == distant).singleElement()
                    .extracting(SegmentView::code).isEqualTo("Europe / Danger");

            // search, with the codes applied
            assertThat(project.search(SearchQuery.of("partner"), Progress.NONE).turns()).isEqualTo(2);
            assertThat(project.search(SearchQuery.of("code:\"Europe/Danger\""), Progress.NONE).turns()).isEqualTo(1);

            // cross-tab by the participants' city
            // ann and ben coded the interview's passage alike: pooled coding counts that passage once.
            CrossTab t = project.crosstab(CrossTabRequest.byAttribute("city", Unit.SEGMENTS, false));
            assertThat(t.columns()).containsExactly("Petrozavodsk", "Tomsk");
            assertThat(t.rows()).filteredOn(r -> r.code().equals("Europe / Partner")).singleElement()
                    .satisfies(r -> assertThat(r.counts()).containsExactly(1, 1));

            // memos
            long memo = project.addMemo(MemoTarget.CODE, "Europe/Partner", "Definition", "Europe as an equal").id();
            project.addMemo(MemoTarget.PROJECT, null, "Plan", "Code Europe first");
            project.setSegmentMemo(distant, "Said with a smile");
            project.deleteMemo(memo);
            assertThat(project.memos()).extracting(m -> m.title()).containsExactly("Plan");
            assertThat(project.segments(SegmentFilter.ALL)).filteredOn(s -> s.id() == distant).singleElement()
                    .extracting(SegmentView::memo).isEqualTo("Said with a smile");
            assertThat(project.check().problems()).isEmpty();

            // participant roles, quote marks, a correction with its history, removing a document
            project.setParticipantRole("M1", ParticipantRole.MODERATOR);
            assertThat(project.participants()).filteredOn(v -> v.key().equals("M1")).singleElement()
                    .extracting(ParticipantView::role).isEqualTo(ParticipantRole.MODERATOR);
            assertThat(project.comparisons().markQuote(distant)).isTrue();
            assertThat(project.comparisons().quotes()).containsExactly(distant);
            project.corrections().save("interview.txt", CodingTest.INTERVIEW.replace("And Europe?", "And Europe, then?"),
                    "ann", "A word the transcriber missed", false);
            assertThat(project.corrections().history("interview.txt")).extracting(DocumentVersion::summary)
                    .contains("A word the transcriber missed");
            assertThat(project.segments(SegmentFilter.ALL)).filteredOn(s -> s.document().equals("interview.txt"))
                    .extracting(SegmentView::text).containsOnly("Europe is a partner");
            assertThat(project.search(SearchQuery.of("then"), Progress.NONE).turns()).isEqualTo(1);
            assertThat(project.removeDocument("interview.txt")).isEqualTo(2);
            assertThat(project.documents()).extracting(DocumentSummary::name).containsExactly("focus-group.txt");
            assertThat(project.search(SearchQuery.of("partner"), Progress.NONE).turns()).isEqualTo(1);
            assertThat(project.check().problems()).isEmpty();
        }
    }
}
