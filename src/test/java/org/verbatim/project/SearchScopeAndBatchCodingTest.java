package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window's search relies on: a search kept to one document (whatever its name), and
 * coding or uncoding several passages in one transaction — all or nothing, index included.
 */
class SearchScopeAndBatchCodingTest {
    private static final String AWKWARD = "Anna's \"first\" talk (Tomsk).txt";

    @TempDir
    Path dir;
    private Project project;

    @BeforeEach
    void create() throws Exception {
        project = Project.create(dir.resolve("study.verbatim"));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve(AWKWARD), "Interviewer: China?\nAnna K.: China is a partner. China buys timber.\n");
        Files.writeString(in.resolve("other.txt"), "Interviewer: And China?\nOleg P.: China is far away.\n");
        project.importFiles(ImportRequest.of(in.resolve(AWKWARD)), Progress.NONE);
        project.importFiles(ImportRequest.of(in.resolve("other.txt")), Progress.NONE);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private long id(String name) {
        return project.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void aSearchInOneDocumentFindsOnlyItsHitsWhateverItsName() {
        SearchQuery china = SearchQuery.of("china");
        assertThat(project.search(china, Progress.NONE).total()).isEqualTo(5);
        SearchResults inOne = project.search(china.inDocument(id(AWKWARD)), Progress.NONE);
        assertThat(inOne.total()).isEqualTo(3);
        assertThat(inOne.hits()).extracting(HitView::document).containsOnly(AWKWARD);
        assertThat(project.search(china.inDocument(id("other.txt")).withLimit(1), Progress.NONE).total()).isEqualTo(2);
    }

    @Test
    void codingSeveralPassagesIsAllOrNothingAndSearchableAtOnce() {
        String ref = String.valueOf(id(AWKWARD));
        CodingRequest first = CodingRequest.range(ref, "Trade/China", 29, 48, "anna");
        CodingRequest bad = CodingRequest.range("no such document", "Trade/China", 0, 5, "anna");
        assertThatThrownBy(() -> project.codeAll(List.of(first, bad))).isInstanceOf(ProjectException.class)
                .hasMessageContaining("no such document");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(project.codes()).isEmpty();

        List<CodingResult> made = project.codeAll(List.of(first, CodingRequest.range(ref, "Trade/China", 49, 67, "anna")));
        assertThat(made).extracting(r -> r.segment().text()).containsExactly("China is a partner.", "China buys timber.");
        assertThat(made.get(0).createdCodes()).containsExactly("Trade", "Trade / China");
        assertThat(project.search(SearchQuery.of("code:Trade"), Progress.NONE).turns()).isEqualTo(1);

        long kept = made.get(0).segment().id();
        assertThatThrownBy(() -> project.uncodeAll(List.of(kept, 999_999L))).isInstanceOf(ProjectException.class)
                .hasMessageContaining("999999");
        assertThat(project.segments(SegmentFilter.ALL)).hasSize(2);
        List<SegmentView> removed = project.uncodeAll(made.stream().map(r -> r.segment().id()).toList());
        assertThat(removed).extracting(SegmentView::text).containsExactly("China is a partner.", "China buys timber.");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(project.search(SearchQuery.of("code:Trade"), Progress.NONE).turns()).isZero();
    }
}
