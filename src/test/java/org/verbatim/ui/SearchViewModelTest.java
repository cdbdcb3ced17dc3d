package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.CodeNode;
import org.verbatim.project.FacetView;
import org.verbatim.project.HitUnit;
import org.verbatim.project.HitView;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/** Searching and coding hits through the view models, on a real project and index, without a toolkit. */
class SearchViewModelTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;
    private TranscriptViewModel transcript;
    private SearchViewModel search;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
        transcript = new TranscriptViewModel(f.session);
        search = new SearchViewModel(f.session, transcript);
        search.readAttributes();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void onlyTheNewestSearchIsShownWhenAnOlderOneFinishesLater() {
        QueuedBackground queued = new QueuedBackground();
        SearchViewModel typing = new SearchViewModel(new Session(f.project, queued, () -> "anna"), transcript);
        typing.query().set("china");
        typing.search();
        typing.query().set("finland");
        typing.search();
        queued.runQueued();

        assertThat(typing.hits()).extracting(HitView::matched).containsExactly("Finland", "Finland");
        assertThat(typing.summary().get()).isEqualTo("2 hits in 2 turns");
    }

    @Test
    void hitsAreCountedPerCityAndAMalformedQuerySaysWhatIsWrongAndClearsThem() {
        assertThat(search.facet().get()).isEqualTo("city");
        search.query().set("china OR finland");
        search.search();
        assertThat(search.hits()).hasSize(4);
        assertThat(search.facets()).containsExactly(new FacetView("Tomsk", 3, 1), new FacetView("Petrozavodsk", 1, 1));

        search.query().set("\"soft power");
        search.search();
        assertThat(search.summary().get()).isEqualTo("The query opens a phrase with \" at column 1 and never closes it");
        assertThat(search.failed().get()).isTrue();
        assertThat(search.hits()).isEmpty();
        assertThat(search.facets()).isEmpty();

        search.query().set("finland");
        search.where().set("city");
        search.search();
        assertThat(search.summary().get()).isEqualTo("Filter 'city' is not of the form attribute=value");
        search.where().set("city=Petrozavodsk");
        search.search();
        assertThat(search.failed().get()).isFalse();
        assertThat(search.hits()).extracting(HitView::document).containsExactly("petrozavodsk-01.txt");
    }

    @Test
    void exportingWritesEveryHitOfTheSearchAsTheCommandLineWouldWithAByteOrderMark() throws Exception {
        search.query().set("china OR finland");
        search.search();
        Path file = dir.resolve("hits.csv");
        search.exportCsv(file);

        assertThat(search.message().get()).isEqualTo("Exported 4 hits to " + file);
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("\uFEFFnumber,document,turn,speaker,participant,timestampMs,start,end,before,"
                + "matched,after");
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(1, 5)).filteredOn(l -> l.contains(",Finland,")).hasSize(2);
        assertThat(lines.get(4)).startsWith("4,tomsk-01.txt,");
    }

    @Test
    void theTranscriptScopeSearchesTheOpenDocumentOnlyAndFollowsIt() {
        search.query().set("finland");
        search.transcriptOnly().set(true);
        assertThat(search.summary().get()).startsWith("Open a transcript");
        transcript.open(f.documentId("tomsk-01.txt"));
        assertThat(search.hits()).extracting(HitView::document).containsExactly("tomsk-01.txt");
        transcript.open(f.documentId("petrozavodsk-01.txt"));
        assertThat(search.hits()).extracting(HitView::document).containsExactly("petrozavodsk-01.txt");
        assertThat(search.summary().get()).isEqualTo("1 hit in 1 turn in petrozavodsk-01.txt");
        search.transcriptOnly().set(false);
        assertThat(search.hits()).hasSize(2);
    }

    @Test
    void codingHitsIsOneUndoableActionThatRedoMakesAgain() {
        CodingViewModel coding = new CodingViewModel(f.session, transcript);
        search.query().set("china OR finland");
        search.search();
        coding.codeHits(search.searched().get(), List.of(), "Places/Named", HitUnit.TURN);

        List<SegmentView> made = f.project.segments(SegmentFilter.ofCode("Places"));
        assertThat(made).extracting(SegmentView::text).containsExactlyInAnyOrder(
                "I coordinate youth exchanges with partners in China and Finland. China invests where Moscow does not.",
                "Finland is next door.");
        assertThat(coding.message().get()).isEqualTo("Coded 4 hits with Places / Named: 2 segments, 0 already coded");

        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(f.project.codes()).extracting(CodeNode::path).containsExactly("China", "China / Partner");
        assertThat(coding.canUndo().get()).isFalse();

        coding.redo();
        assertThat(f.project.segments(SegmentFilter.ofCode("Places / Named"))).extracting(SegmentView::text)
                .containsExactlyInAnyOrderElementsOf(made.stream().map(SegmentView::text).toList());
        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();

        // Coding only what is already coded changes nothing, so it leaves nothing to undo.
        coding.redo();
        coding.codeHits(search.searched().get(), List.of(1, 2), "Places/Named", HitUnit.TURN);
        assertThat(coding.message().get()).isEqualTo("Coded 2 hits with Places / Named: 0 segments, 2 already coded");
        coding.undo();
        assertThat(f.project.segments(SegmentFilter.ALL)).isEmpty();
    }
}
