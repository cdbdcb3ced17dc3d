package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Full-text search on a real project: real H2 and a real Lucene index in a temporary folder. */
class SearchTest {
    static final String ENGLISH = """
            Interview, Tomsk, March 2012
            [00:00:05] Interviewer: What do you think of our foreign policy?
            [00:00:12] Anna K.: Our policies towards China are pragmatic. China is a partner for Siberia.
            Soft power matters; soft economic power matters more.
            [00:01:30] Interviewer: And Europe?
            [00:01:41] Anna K.: Europe is a partner too. But the policy of sanctions hurts us.
            """;
    static final String RUSSIAN = """
            Интервью, Петрозаводск, апрель 2012
            [00:00:03] Интервьюер: Что вы думаете о санкциях?
            [00:00:09] Ольга М.: Санкции бьют по регионам. Ещё хуже, что новая санкция ударит по студентам.
            [00:00:50] Интервьюер: А Китай?
            [00:00:58] Ольга М.: Китай для нас партнёр, но далёкий. Всё решает Москва.
            """;
    static final String PEOPLE = """
            id,name,city,gender
            I1,Interviewer,Tomsk,female
            T1,Anna K.,Tomsk,female
            P1,Ольга М.,Petrozavodsk,female
            """;

    @TempDir
    Path dir;

    Path folder;
    Project project;

    @BeforeEach
    void createProject() throws Exception {
        folder = dir.resolve("study.verbatim");
        project = Project.create(folder);
        project.importParticipants(write(dir, "people.csv", PEOPLE), Map.of());
        importFile("tomsk-01.txt", ENGLISH, "en");
        importFile("ptz-01.txt", RUSSIAN, "ru");
    }

    private void importFile(String name, String text, String language) throws Exception {
        ImportReport r = project.importFiles(new ImportRequest(List.of(write(dir, name, text)),
                Map.of("format", "in-depth"), null, null, language), Progress.NONE);
        assertThat(r.refused()).isEmpty();
    }

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    /** Records every progress message, so a test can tell whether the index was rebuilt. */
    static final class RecordedProgress implements Progress {
        final List<String> messages = new ArrayList<>();

        @Override
        public void update(long done, long total, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private SearchResults search(String query) {
        RecordedProgress progress = new RecordedProgress();
        SearchResults r = project.search(SearchQuery.of(query), progress);
        assertThat(progress.messages).as("the index was current; nothing was rebuilt").isEmpty();
        return r;
    }

    private List<String> matched(String query) {
        return search(query).hits().stream().map(HitView::matched).toList();
    }

    private String text(String document) {
        return project.document(document).text();
    }

    @Test
    void englishWordsAreFoundInEveryFormButExactFindsOnlyTheFormWritten() {
        assertThat(matched("policy")).containsExactlyInAnyOrder("policy", "policies", "policy");
        assertThat(matched("exact:policy")).containsExactlyInAnyOrder("policy", "policy");
        assertThat(matched("exact:policies")).containsExactly("policies");
    }

    @Test
    void russianWordsAreStemmedAndYoIsFoldedToYe() {
        assertThat(matched("санкция")).containsExactlyInAnyOrder("санкциях", "Санкции", "санкция");
        assertThat(matched("exact:санкция")).containsExactly("санкция");
        assertThat(matched("еще")).containsExactly("Ещё");
        assertThat(matched("exact:все")).containsExactly("Всё");
        assertThat(matched("партнер")).containsExactly("партнёр");
    }

    @Test
    void phrasesMatchWordsInOrderAndProximityAllowsWordsBetween() {
        assertThat(matched("\"soft power\"")).containsExactly("Soft power");
        assertThat(matched("\"soft power\"~1")).containsExactlyInAnyOrder("Soft power", "soft economic power");
        assertThat(matched("\"power soft\"")).isEmpty();
        assertThat(matched("\"foreign policies\"")).containsExactly("foreign policy");
    }

    @Test
    void booleanWildcardAndFuzzyQueriesFollowLuceneSyntax() {
        assertThat(search("china AND europe").turns()).isZero();
        assertThat(search("europe AND sanctions").hits()).extracting(HitView::matched)
                .containsExactly("Europe", "sanctions");
        assertThat(matched("partner NOT china")).containsExactly("partner");
        assertThat(matched("sanction*")).containsExactly("sanctions");
        assertThat(matched("санкци*")).containsExactlyInAnyOrder("санкциях", "Санкции", "санкция");
        assertThat(matched("Pragmatik~")).containsExactly("pragmatic");
        assertThat(search("NOT china").turns()).isEqualTo(7);
    }

    @Test
    void aQueryOfOnlyExclusionsMeansEveryOtherTurnAtAnyDepth() {
        assertThat(search("(NOT china)").turns()).isEqualTo(7);
        assertThat(search("city:tomsk AND (NOT china)").turns()).isEqualTo(search("city:tomsk AND NOT china").turns())
                .isEqualTo(3);
        assertThat(matched("partner AND (NOT china)")).containsExactly("partner");
        assertThat(search("speaker:Interviewer AND ((NOT sanctions) AND (NOT china))").turns()).isEqualTo(2);
    }

    @Test
    void rangesOnNumericAttributesCompareNumbersAndOnTextAttributesText() {
        project.setParticipantAttribute("I1", "years", "5");
        project.setParticipantAttribute("T1", "years", "10");
        project.setParticipantAttribute("P1", "years", "40");
        project.setParticipantAttribute("I1", "score", "2.5");
        project.setParticipantAttribute("P1", "score", "10.25");
        assertThat(search("years:[5 TO 10]").hits()).extracting(HitView::participant).containsOnly("I1", "T1")
                .hasSize(4);
        assertThat(search("years:{5 TO 10]").hits()).extracting(HitView::participant).containsOnly("T1").hasSize(2);
        assertThat(search("years:[9 TO *]").hits()).extracting(HitView::participant).containsOnly("T1", "P1")
                .hasSize(4);
        assertThat(search("score:[2 TO 3]").hits()).extracting(HitView::participant).containsOnly("I1").hasSize(2);
        assertThat(search("score:[3 TO 20]").hits()).extracting(HitView::participant).containsOnly("P1").hasSize(2);
        assertThat(search("city:[a TO q]").hits()).extracting(HitView::participant).containsOnly("P1").hasSize(2);
        assertThatThrownBy(() -> search("years:[five TO 10]")).isInstanceOf(ProjectException.class)
                .hasMessage("The query gives 'five' as a bound of years, which holds numbers: write a number or *");
    }

    @Test
    void everyHitsOffsetsPointAtItsWordsInTheDocumentAndItsContextSurroundsThem() {
        SearchResults r = project.search(new SearchQuery("partner OR \"soft power\"~1 OR санкция OR Китай", Map.of(), null,
                100, 15, SearchQuery.Order.DOCUMENT, List.of()), Progress.NONE);
        assertThat(r.hits()).hasSize(9);
        for (HitView h : r.hits()) {
            String text = text(h.document());
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.matched());
            assertThat(text.substring(h.start() - h.before().length(), h.start())).isEqualTo(h.before());
            assertThat(text.substring(h.end(), h.end() + h.after().length())).isEqualTo(h.after());
            assertThat(h.before().length()).isLessThanOrEqualTo(15);
            assertThat(h.after().length()).isLessThanOrEqualTo(15);
        }
        HitView first = r.hits().get(0);
        assertThat(first.document()).isEqualTo("ptz-01.txt");
        assertThat(first).extracting(HitView::speaker, HitView::participant, HitView::timestampMs, HitView::turn)
                .containsExactly("Интервьюер", null, 3000L, 0);
        assertThat(r.hits()).extracting(HitView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void documentOrderListsHitsAsTheyOccurInTheCorpus() {
        SearchResults r = project.search(new SearchQuery("partner OR policy OR санкция", Map.of(), null, 100, 10,
                SearchQuery.Order.DOCUMENT, List.of()), Progress.NONE);
        assertThat(r.hits()).extracting(h -> h.document() + String.format(":%06d", h.start())).isSorted()
                .first().asString().startsWith("ptz-01.txt");
        assertThat(r.total()).isEqualTo(r.hits().size());
    }

    @Test
    void attributesFilterAsWhereOptionsAndAsQueryFields() {
        assertThat(project.search(new SearchQuery("партнер", Map.of("city", List.of("Petrozavodsk")), null, 10, 10,
                null, List.of()), Progress.NONE).hits()).extracting(HitView::matched).containsExactly("партнёр");
        assertThat(matched("partner AND city:tomsk")).containsExactly("partner", "partner");
        assertThat(matched("partner AND format:\"in-depth\" AND gender:female")).hasSize(2);
        assertThat(matched("партнер AND speaker:\"Ольга М.\"")).containsExactly("партнёр");
        assertThat(search("participant:T1").hits()).extracting(HitView::participant).containsOnly("T1").hasSize(2);
        assertThat(search("document:ptz-01 AND санкция").turns()).isEqualTo(2);
    }

    @Test
    void aTurnMatchedOnlyByAFilterIsOneHitCoveringTheTurn() {
        SearchResults r = search("speaker:Interviewer AND document:\"tomsk-01.txt\"");
        assertThat(r.hits()).extracting(HitView::matched)
                .containsExactlyInAnyOrder("What do you think of our foreign policy?", "And Europe?");
    }

    @Test
    void facetsCountHitsAndTurnsPerValue() {
        SearchResults r = project.search(new SearchQuery("partner OR policy OR партнер OR думаете", Map.of(), null, 0,
                10, null, List.of("city", "gender")), Progress.NONE);
        assertThat(r.hits()).isEmpty();
        assertThat(r.total()).isEqualTo(7);
        assertThat(r.turns()).isEqualTo(5);
        assertThat(r.facets().get("city")).extracting(FacetView::value, FacetView::hits, FacetView::turns)
                .containsExactly(tuple("Tomsk", 5L, 3L), tuple("Petrozavodsk", 1L, 1L), tuple(null, 1L, 1L));
        assertThat(r.facets().get("gender")).extracting(FacetView::value, FacetView::hits, FacetView::turns)
                .containsExactly(tuple("female", 6L, 4L), tuple(null, 1L, 1L));
    }

    @Test
    void codesFilterByPathWithTheirSubCodesAndSurviveRenaming() {
        String text = text("tomsk-01.txt");
        int at = text.indexOf("China is a partner");
        project.code(CodingRequest.range("tomsk-01.txt", "Foreign/China/Partner", at, at + 18, "anna"));
        assertThat(matched("partner AND code:\"Foreign/China\"")).containsExactly("partner");
        assertThat(project.search(new SearchQuery("partner", Map.of(), "Foreign", 10, 10, null, List.of()),
                Progress.NONE).hits()).extracting(HitView::matched).containsExactly("partner");
        project.renameCode("Foreign/China", "PRC");
        project.moveCode("Foreign/PRC", null);
        assertThat(matched("partner AND code:\"PRC/Partner\"")).containsExactly("partner");
        assertThatThrownBy(() -> search("code:\"Foreign/China\""))
                .isInstanceOf(ProjectException.class).hasMessageContaining("'Foreign / China', which is not in the codebook");
    }

    @Test
    void everyChangeReachesTheIndexInTheSameUseCase() throws Exception {
        String text = text("tomsk-01.txt");
        int europe = text.indexOf("Europe is a partner");
        CodingResult coded = project.code(CodingRequest.range("tomsk-01.txt", "Europe", europe, europe + 6, "anna"));
        assertThat(search("code:Europe").turns()).isEqualTo(1);
        project.uncode(coded.segment().id());
        assertThat(search("code:Europe").turns()).isZero();

        project.code(CodingRequest.range("tomsk-01.txt", "Europe", europe, europe + 6, "anna"));
        int china = text.indexOf("China is a partner");
        project.code(CodingRequest.range("tomsk-01.txt", "Partner", china, china + 18, "anna"));
        assertThat(search("code:Partner").turns()).isEqualTo(1);
        project.mergeCodes("Europe", "Partner");
        assertThat(search("code:Partner").turns()).isEqualTo(2);
        project.deleteCode("Partner", true);
        project.addCode("Partner", null, null, null);
        assertThat(search("code:Partner").turns()).isZero();

        project.importParticipants(write(dir, "people2.csv", "id,name,city\nT1,Anna K.,Seversk\n"), Map.of());
        assertThat(search("city:Seversk AND partner").turns()).isEqualTo(2);
        project.importDocumentAttributes(write(dir, "docs.csv", "file,format\nptz-01.txt,focus group\n"));
        assertThat(search("format:\"focus group\"").turns()).isEqualTo(4);
        project.mapSpeaker("ptz-01.txt", "Интервьюер", "I1");
        assertThat(search("participant:I1").turns()).isEqualTo(4);
        project.importSpeakerMap(write(dir, "speakers.csv", "file,speaker,participant\nptz-01.txt,Интервьюер,\n"));
        assertThat(search("participant:I1").turns()).isEqualTo(2);
        project.addMemo(org.verbatim.model.Memo.MemoTarget.PROJECT, null, "Note", "still current after a memo");

        project.removeDocument("tomsk-01.txt");
        assertThat(search("partner OR партнер").hits()).extracting(HitView::document).containsExactly("ptz-01.txt");
        importFile("tomsk-02.txt", ENGLISH.replace("Siberia", "Tomsk"), "en");
        assertThat(search("partner").hits()).extracting(HitView::document).contains("tomsk-02.txt");
    }

    @Test
    void aDeletedIndexIsRebuiltWithProgressAndFindsTheSame() throws Exception {
        SearchResults before = search("partner");
        project.close();
        project = null;
        deleteTree(folder.resolve("index"));
        project = Project.open(folder);
        RecordedProgress progress = new RecordedProgress();
        SearchResults after = project.search(SearchQuery.of("partner"), progress);
        assertThat(after).isEqualTo(before);
        assertThat(progress.messages).contains("Indexing ptz-01.txt", "Indexing tomsk-01.txt", "Indexed 2 documents");
        assertThat(search("partner")).isEqualTo(before);
    }

    @Test
    void aDamagedIndexIsRebuilt() throws Exception {
        SearchResults before = search("санкция OR partner");
        project.close();
        project = null;
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "not a Lucene file".getBytes());
            }
        }
        project = Project.open(folder);
        RecordedProgress progress = new RecordedProgress();
        assertThat(project.search(SearchQuery.of("санкция OR partner"), progress)).isEqualTo(before);
        assertThat(progress.messages).contains("Indexed 2 documents");
    }

    @Test
    void aChangeMadeWhileTheIndexIsStaleIsInTheRebuiltIndex() throws Exception {
        project.close();
        project = null;
        deleteTree(folder.resolve("index"));
        project = Project.open(folder);
        String text = text("tomsk-01.txt");
        int at = text.indexOf("China is");
        project.code(CodingRequest.range("tomsk-01.txt", "China", at, at + 5, "anna"));
        RecordedProgress progress = new RecordedProgress();
        assertThat(project.search(SearchQuery.of("code:China"), progress).turns()).isEqualTo(1);
        assertThat(progress.messages).contains("Indexed 2 documents");
    }

    @Test
    void codingHitsMakesOneSegmentPerHitInOneTransactionAndNeverTwice() {
        HitCodingReport first = project.codeHits(SearchQuery.of("partner OR партнер"), List.of(), "Partner/Said", HitUnit.MATCH,
                "anna", Progress.NONE);
        List<SegmentView> segments = project.segments(SegmentFilter.ofCode("Partner"));
        assertThat(first).isEqualTo(new HitCodingReport("Partner / Said", "anna", 3, 3, 0,
                List.of("Partner", "Partner / Said"), first.createdSegments()));
        assertThat(first.createdSegments()).containsExactlyInAnyOrderElementsOf(
                segments.stream().map(SegmentView::id).toList());
        assertThat(segments).extracting(SegmentView::text).containsExactlyInAnyOrder("partner", "partner", "партнёр");
        assertThat(segments).extracting(SegmentView::participants)
                .containsExactlyInAnyOrder(List.of("T1"), List.of("T1"), List.of("P1"));
        assertThat(search("code:Partner").turns()).isEqualTo(3);

        HitCodingReport again = project.codeHits(SearchQuery.of("partner OR партнер"), List.of(), "Partner/Said",
                HitUnit.MATCH, "anna", Progress.NONE);
        assertThat(again).extracting(HitCodingReport::created, HitCodingReport::alreadyCoded).containsExactly(0, 3);
        assertThat(again.createdSegments()).isEmpty();
        HitCodingReport otherCoder = project.codeHits(SearchQuery.of("partner"), List.of(1), "Partner/Said",
                HitUnit.MATCH, "boris", Progress.NONE);
        assertThat(otherCoder).extracting(HitCodingReport::hits, HitCodingReport::created).containsExactly(1, 1);
        assertThat(project.segments(SegmentFilter.ofCode("Partner"))).hasSize(4);
    }

    @Test
    void aHitCodedBySentenceOrTurnCoversItsSentenceOrTurnOnceForAllItsHits() {
        String text = text("tomsk-01.txt");
        HitCodingReport sentences = project.codeHits(SearchQuery.of("china"), List.of(), "China", HitUnit.SENTENCE,
                "anna", Progress.NONE);
        assertThat(sentences).extracting(HitCodingReport::hits, HitCodingReport::created).containsExactly(2, 2);
        assertThat(project.segments(SegmentFilter.ofCode("China"))).extracting(SegmentView::text)
                .containsExactly("Our policies towards China are pragmatic.", "China is a partner for Siberia.");

        HitCodingReport turns = project.codeHits(SearchQuery.of("china"), List.of(), "China turn", HitUnit.TURN,
                "anna", Progress.NONE);
        assertThat(turns).extracting(HitCodingReport::hits, HitCodingReport::created).containsExactly(2, 1);
        SegmentView turn = project.segments(SegmentFilter.ofCode("China turn")).get(0);
        assertThat(turn.text()).startsWith("Our policies").endsWith("soft economic power matters more.");
        assertThat(text.substring(turn.start(), turn.end())).isEqualTo(turn.text());

        HitCodingReport insideTurn = project.codeHits(SearchQuery.of("\"soft power\""), List.of(), "China turn",
                HitUnit.MATCH, "anna", Progress.NONE);
        assertThat(insideTurn).extracting(HitCodingReport::created, HitCodingReport::alreadyCoded).containsExactly(0, 1);
    }

    @Test
    void hitsChosenByNumberAreCodedAndAMissingNumberChangesNothing() {
        SearchQuery q = new SearchQuery("partner OR policy", Map.of(), null, 100, 10, SearchQuery.Order.DOCUMENT,
                List.of());
        List<HitView> hits = project.search(q, Progress.NONE).hits();
        assertThatThrownBy(() -> project.codeHits(q, List.of(1, 9), "Chosen", HitUnit.MATCH, "anna", Progress.NONE))
                .isInstanceOf(ProjectException.class).hasMessage("There is no hit 9: the search has 5 hits");
        assertThat(project.codes()).isEmpty();
        HitCodingReport chosen = project.codeHits(q, List.of(4, 2, 4), "Chosen", HitUnit.MATCH, "anna",
                Progress.NONE);
        assertThat(chosen).extracting(HitCodingReport::hits, HitCodingReport::created).containsExactly(2, 2);
        assertThat(project.segments(SegmentFilter.ofCode("Chosen"))).extracting(SegmentView::start)
                .containsExactly(hits.get(1).start(), hits.get(3).start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "china AND                | The query ends with 'AND', which needs something after it",
        "\"soft power             | The query opens a phrase with \" at column 1 and never closes it",
        "(china OR europe         | The query has 1 opening and 0 closing parentheses; they must pair up",
        "~china                   | The query cannot have '~china' at column 1 (at its start)",
        "china AND AND europe     | The query cannot have 'AND' at column 11 after 'AND'",
        "city:                    | The query ends with ':', which needs something after it",
        "town:Tomsk               | The query names the field 'town', which is neither exact:, speaker:, participant:,"
                + " document:, code: nor an attribute (city, format, gender)",
        "code:Nope                | The query names the code 'Nope', which is not in the codebook (see: verbatim codes)",
        "china\\                  | The query ends with \\, which escapes nothing (write \\\\ for a backslash)",
        "'   '                    | The query is empty: give words to search for, e.g. china or \"soft power\"",
    })
    void aMalformedQueryIsExplainedInOneLine(String query, String message) {
        assertThatThrownBy(() -> project.search(SearchQuery.of(query), Progress.NONE))
                .isInstanceOf(ProjectException.class).hasMessage(message);
    }

    @Test
    void anUnknownAttributeInAFilterOrFacetIsNamed() {
        assertThatThrownBy(() -> project.search(new SearchQuery("partner", Map.of("town", List.of("Tomsk")), null, 10, 10,
                null, List.of()), Progress.NONE)).isInstanceOf(ProjectException.class)
                .hasMessage("--where names the attribute 'town', which no participant or document has"
                        + " (attributes: city, format, gender)");
        assertThatThrownBy(() -> project.search(new SearchQuery("partner", Map.of(), null, 10, 10, null,
                List.of("town")), Progress.NONE)).hasMessageStartingWith("--facet names the attribute 'town'");
    }

    static void deleteTree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
