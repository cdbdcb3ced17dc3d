package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.IndependenceTest;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.model.analysis.Unit;

/**
 * The analyses on {@link HandMadeStudy}, every expected figure worked out by hand from the
 * segment table in its Javadoc.
 */
class AnalysisTest {
    private static final List<String> ALL_ROWS = List.of("China", "China / Partner", "China / Threat", "Europe", "Work");

    @TempDir
    Path dir;

    Project project;

    @BeforeEach
    void open() throws Exception {
        project = Project.open(HandMadeStudy.create(dir));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void frequenciesCountSegmentsDocumentsParticipantsAndWordsWithSubcodesRolledUp() {
        List<CodeFrequency> rows = project.frequencies(SegmentFilter.ALL, List.of(), true);

        // China: s1..s5 in focus and anna, said by Anna, Boris, Vera; words: focus s1 5 + s2 9 + s3's 5 words
        // past the end of s2 (it overlaps s2 on "the forests"), anna s4 4 + s5 4 = 27 of 48 spoken.
        assertThat(rows).extracting(CodeFrequency::code, CodeFrequency::depth, CodeFrequency::segments,
                        CodeFrequency::documents, CodeFrequency::participants, CodeFrequency::words)
                .containsExactly(
                        tuple("China", 0, 5L, 2L, 3L, 27L),
                        tuple("China / Partner", 1, 4L, 2L, 2L, 20L),
                        tuple("China / Threat", 1, 1L, 1L, 2L, 9L),
                        tuple("Europe", 0, 1L, 1L, 1L, 4L),
                        tuple("Work", 0, 0L, 0L, 0L, 0L));
        assertThat(rows.get(0).share()).isCloseTo(27.0 / 48, within(1e-12));
        assertThat(rows.get(4).share()).isZero();
    }

    @Test
    void frequenciesWithoutSubcodesCountOnlyTheCodeItself() {
        List<CodeFrequency> rows = project.frequencies(SegmentFilter.ALL, List.of("China", "China/Threat"), false);

        assertThat(rows).extracting(CodeFrequency::code, CodeFrequency::segments, CodeFrequency::participants)
                .containsExactly(tuple("China", 0L, 0L), tuple("China / Threat", 1L, 2L));
    }

    @Test
    void frequenciesFilteredByCoderAndDocumentAndWhere() {
        SegmentFilter boris = new SegmentFilter(null, Map.of(), "boris", List.of());
        SegmentFilter focusOnly = new SegmentFilter(null, Map.of(), null, List.of("focus"));
        SegmentFilter women = new SegmentFilter(null, Map.of("gender", List.of("female")), null, List.of());

        assertThat(project.frequencies(boris, List.of("China", "Europe"), true))
                .extracting(CodeFrequency::segments).containsExactly(0L, 1L);
        assertThat(project.frequencies(focusOnly, List.of("China/Partner"), true))
                .extracting(CodeFrequency::segments, CodeFrequency::documents).containsExactly(tuple(2L, 1L));
        // Women spoke 5 (Anna, focus) + 9 (Vera) + 12 (Anna, interview) = 26 words; s2 passes through Vera
        // alone, so it counts her and not Boris.
        CodeFrequency threat = project.frequencies(women, List.of("China/Threat"), true).get(0);
        assertThat(threat.participants()).isEqualTo(1);
        assertThat(threat.share()).isCloseTo(9.0 / 26, within(1e-12));
    }

    @Test
    void crosstabByCityCountingParticipantsCountsEachSpeakerOfASharedSegmentOncePerCell() {
        CrossTab t = project.crosstab(CrossTabRequest.byAttribute("city", Unit.PARTICIPANTS, false));

        assertThat(t.attribute()).isEqualTo("city");
        assertThat(t.columnsAre()).isEqualTo("participant attribute");
        assertThat(t.columns()).containsExactly("Petrozavodsk", "Tomsk");
        assertThat(t.rows()).extracting(CrossTab.Row::code).containsExactlyElementsOf(ALL_ROWS);
        // Anna said China/Partner three times in two documents: one participant in Tomsk.
        assertThat(t.rows()).extracting(r -> List.of(r.counts()[0], r.counts()[1], r.total(), r.distinct()))
                .containsExactly(List.of(1L, 2L, 3L, 3L), List.of(1L, 1L, 2L, 2L), List.of(1L, 1L, 2L, 2L),
                        List.of(0L, 1L, 1L, 1L), List.of(0L, 0L, 0L, 0L));
        assertThat(t.columnTotals()).containsExactly(3, 5);
        assertThat(t.grandTotal()).isEqualTo(8);
        // Speakers in the documents: Vera and Gleb (who said nothing coded) in Petrozavodsk, Anna and Boris in Tomsk.
        assertThat(t.participants()).containsExactly(2, 2);
        assertThat(t.rowPercent(0, 1)).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(t.columnPercent(3, 1)).isCloseTo(20.0, within(1e-9));
        assertThat(t.rowPercent(4, 0)).isNull();
        assertThat(t.test()).isNull();
    }

    @Test
    void crosstabCountingSegmentsPutsASegmentSpanningTwoCitiesInBothColumns() {
        CrossTab t = project.crosstab(CrossTabRequest.byAttribute("city", Unit.SEGMENTS, false));

        // s2 spans Boris (Tomsk) and Vera (Petrozavodsk): one segment, in both cells; the row sums to 2.
        assertThat(t.rows()).extracting(r -> List.of(r.counts()[0], r.counts()[1], r.total(), r.distinct()))
                .containsExactly(List.of(2L, 4L, 6L, 5L), List.of(1L, 3L, 4L, 4L), List.of(1L, 1L, 2L, 1L),
                        List.of(0L, 1L, 1L, 1L), List.of(0L, 0L, 0L, 0L));
    }

    @Test
    void crosstabCountingDocumentsCountsADocumentOncePerCell() {
        CrossTab t = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of("China/Partner", "Europe"), true,
                "city", List.of(), List.of(), Unit.DOCUMENTS, false));

        // China/Partner: the focus group (Vera) in Petrozavodsk; the focus group and Anna's interview in Tomsk.
        assertThat(t.rows()).extracting(r -> List.of(r.counts()[0], r.counts()[1], r.distinct()))
                .containsExactly(List.of(1L, 2L, 2L), List.of(0L, 1L, 1L));
    }

    @Test
    void crosstabByADocumentAttributeCountsAParticipantInEachFormatTheySpokeIn() {
        CrossTab t = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of("China/Partner"), true,
                "document:format", List.of(), List.of(), Unit.PARTICIPANTS, false));

        assertThat(t.columnsAre()).isEqualTo("document attribute");
        assertThat(t.columns()).containsExactly("focus group", "in-depth");
        // Anna and Vera in the focus group; Anna again in her interview: 3 in the cells, 2 people.
        assertThat(t.rows().get(0).counts()).containsExactly(2, 1);
        assertThat(t.rows().get(0).distinct()).isEqualTo(2);
        // Speakers: Anna, Boris, Vera in the focus group; Anna and Gleb in interviews.
        assertThat(t.participants()).containsExactly(3, 2);
    }

    @Test
    void crosstabUnderAWhereFilterCountsOnlyTheParticipantsWhoFit() {
        CrossTab t = project.crosstab(new CrossTabRequest(new SegmentFilter(null, Map.of("gender", List.of("female")),
                null, List.of()), List.of("China/Threat"), true, "city", List.of(), List.of(), Unit.PARTICIPANTS, false));

        assertThat(t.rows().get(0).counts()).containsExactly(1, 0);
        assertThat(t.participants()).containsExactly(1, 1);
    }

    @Test
    void crosstabByAgeBands() {
        CrossTab t = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of("China"), true, "age",
                List.of("18-24", "25-29", "30+"), List.of(), Unit.PARTICIPANTS, false));

        // Anna 23, Vera 27, Boris 31 (Gleb, 45, said nothing coded but speaks).
        assertThat(t.columns()).containsExactly("18-24", "25-29", "30+");
        assertThat(t.rows().get(0).counts()).containsExactly(1, 1, 1);
        assertThat(t.participants()).containsExactly(1, 1, 2);
    }

    @Test
    void crosstabCodesByCodes() {
        List<String> rows = List.of("China/Partner", "China/Threat", "Europe");
        CrossTab participants = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, rows, true, null, List.of(),
                rows, Unit.PARTICIPANTS, false));
        CrossTab segments = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, rows, true, null, List.of(),
                rows, Unit.SEGMENTS, false));

        // Partner: Anna, Vera. Threat: Boris, Vera. Europe: Anna.
        assertThat(participants.rows()).extracting(r -> r.counts())
                .containsExactly(new long[] {2, 1, 1}, new long[] {1, 2, 0}, new long[] {1, 0, 1});
        // s3 (Partner) overlaps s2 (Threat) and itself; no segment overlaps Europe's s6 but s6 itself.
        assertThat(segments.rows()).extracting(r -> r.counts())
                .containsExactly(new long[] {4, 1, 0}, new long[] {1, 1, 0}, new long[] {0, 0, 1});
        assertThat(segments.participants()).isNull();
    }

    @Test
    void testOfIndependenceSaysWhichTestItUsedAndWhy() {
        CrossTab t = project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of("China/Partner", "China/Threat",
                "Work"), true, "city", List.of(), List.of(), Unit.SEGMENTS, true));

        // Partner 1/3, Threat 1/1, Work 0/0: Work is left out; the 2x2 left has expected counts under 5.
        // Fisher: totals rows 4, 2, columns 2, 4; P(a) for a = 0, 1, 2 of the first cell: 1/15, 8/15, 6/15.
        // Observed a = 1 (8/15): every table is at most as probable, p = 1.
        IndependenceTest test = t.test();
        assertThat(test.name()).isEqualTo(IndependenceTest.FISHER);
        // The smallest expected count, 2 x 2 / 6, is below 1: that, not the share below 5, rules chi-square out.
        assertThat(test.reason()).startsWith("An expected count is below 1 (smallest 0.67; 4 of 4 below 5)")
                .contains("1 row without counts left out");
        assertThat(test.p()).isCloseTo(1.0, within(1e-12));
        assertThat(test.df()).isEqualTo(1);
        assertThat(test.residuals()[2]).containsOnlyNulls();
        assertThat(test.expected()[0][0]).isCloseTo(4.0 * 2 / 6, within(1e-12));
    }

    @Test
    void aTestRefusesRowsThatContainOneAnother() {
        assertThatThrownBy(() -> project.crosstab(CrossTabRequest.byAttribute("city", Unit.SEGMENTS, true)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("A test needs rows that do not contain one another, but 'China' and 'China / Partner'"
                        + " share segments; choose the rows with --codes");
    }

    @Test
    void unknownAttributesCodersAndBadBandsAreRefusedByName() {
        assertThatThrownBy(() -> project.crosstab(CrossTabRequest.byAttribute("town", Unit.SEGMENTS, false)))
                .hasMessage("There is no attribute 'town' (participant attributes: city, age, gender;"
                        + " document attributes: format)");
        assertThatThrownBy(() -> project.frequencies(new SegmentFilter(null, Map.of(), "zoe", List.of()), List.of(), true))
                .hasMessage("There is no coder 'zoe' (coders: anna, boris)");
        assertThatThrownBy(() -> project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of(), true, "age",
                List.of("18-30", "25-40"), List.of(), Unit.SEGMENTS, false)))
                .hasMessage("The bands 18-30 and 25-40 overlap");
        assertThatThrownBy(() -> project.crosstab(new CrossTabRequest(SegmentFilter.ALL, List.of(), true, "city",
                List.of("1-2"), List.of(), Unit.SEGMENTS, false)))
                .hasMessage("Bands need a numeric attribute, but 'city' is text");
        assertThatThrownBy(() -> project.frequencies(SegmentFilter.ALL, List.of("Asia"), true))
                .hasMessageStartingWith("There is no code 'Asia'");
    }

    @Test
    void cooccurrenceInEachScope() {
        List<String> codes = List.of("China/Partner", "China/Threat", "Europe");
        CoOccurrenceMatrix overlap = project.cooccurrence(SegmentFilter.ALL, codes, true, CoOccurrenceScope.OVERLAP);
        CoOccurrenceMatrix turn = project.cooccurrence(SegmentFilter.ALL, codes, true, CoOccurrenceScope.TURN);
        CoOccurrenceMatrix document = project.cooccurrence(SegmentFilter.ALL, codes, true, CoOccurrenceScope.DOCUMENT);

        // Overlap: s3 with s2 is the one pair. Partner has 4 segments, Threat 1: Jaccard 1 / (4 + 1 - 1).
        assertThat(overlap.counts()).isDeepEqualTo(new long[][] {{4, 1, 0}, {1, 1, 0}, {0, 0, 1}});
        assertThat(overlap.jaccard()[0][1]).isCloseTo(0.25, within(1e-12));
        // Turns: Partner in Anna's and Vera's focus-group turns and Anna's interview turn; Threat in Boris's and
        // Vera's; Europe in Anna's interview turn.
        assertThat(turn.counts()).isDeepEqualTo(new long[][] {{3, 1, 1}, {1, 2, 0}, {1, 0, 1}});
        assertThat(turn.jaccard()[0][2]).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(document.counts()).isDeepEqualTo(new long[][] {{2, 1, 1}, {1, 1, 0}, {1, 0, 1}});
        assertThat(document.jaccard()[0][1]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void overlapOfACodeWithItsOwnSubcodeCountsEveryPairTheDocumentedRuleGives() {
        CoOccurrenceMatrix m = project.cooccurrence(SegmentFilter.ALL, List.of("China", "China/Partner"), true,
                CoOccurrenceScope.OVERLAP);

        // Pairs (a of China, b of China/Partner) sharing a character: each of Partner's 4 segments is in
        // both and pairs with itself, and s2 (Threat, in China) overlaps s3 (Partner): 4 + 1.
        assertThat(m.counts()[0][1]).isEqualTo(5);
        assertThat(m.counts()[1][0]).isEqualTo(5);
    }

    @Test
    void participantMatrixHasEverySpeakerWithAttributesAndCounts() {
        ParticipantMatrix m = project.participantMatrix(SegmentFilter.ALL, List.of("China/Partner", "China/Threat",
                "Europe"), true);

        assertThat(m.attributes()).containsExactly("city", "age", "gender");
        assertThat(m.rows()).extracting(ParticipantMatrix.Row::participant, r -> r.values().get(0), r -> r.counts())
                .containsExactly(
                        tuple("P1", "Tomsk", new long[] {3, 0, 1}),
                        tuple("P2", "Tomsk", new long[] {0, 1, 0}),
                        tuple("P3", "Petrozavodsk", new long[] {1, 1, 0}),
                        tuple("P4", "Petrozavodsk", new long[] {0, 0, 0}));
    }

    @Test
    void retrievalGivesSpeakersParticipantsAndContext() {
        List<RetrievedSegment> found = project.retrieve(new SegmentFilter("China/Threat", Map.of(), null, List.of()), 10);

        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.segment().text()).isEqualTo("China buys our timber cheaply.\nVera: They take the forests");
            assertThat(r.speakers()).containsExactly("Boris", "Vera");
            assertThat(r.segment().participants()).containsExactly("P2", "P3");
            assertThat(r.before()).isEqualTo("n.\nBoris: ");
            assertThat(r.after()).isEqualTo(". But they");
        });
        assertThat(project.retrieve(new SegmentFilter("China", Map.of("city", List.of("Petrozavodsk")), null,
                List.of()), 0)).extracting(r -> r.segment().text())
                .containsExactly("China buys our timber cheaply.\nVera: They take the forests",
                        "the forests. But they build roads too");
    }

    @Test
    void theSnapshotFollowsChanges() throws Exception {
        assertThat(project.frequencies(SegmentFilter.ALL, List.of("Work"), true).get(0).segments()).isZero();

        project.code(CodingRequest.quote("gleb.txt", "Work", "Nothing to add", "anna"));

        assertThat(project.frequencies(SegmentFilter.ALL, List.of("Work"), true).get(0).segments()).isEqualTo(1);

        project.importFiles(ImportRequest.of(ProjectFixtures.write(dir, "late.txt", "Gleb: Work work work.\n")),
                Progress.NONE);
        project.code(CodingRequest.quote("late.txt", "Work", "Work work work", "anna"));

        // Gleb's 3 + 3 words coded Work, of 48 + 3 spoken: the new document's words are read too.
        CodeFrequency work = project.frequencies(SegmentFilter.ALL, List.of("Work"), true).get(0);
        assertThat(work.words()).isEqualTo(6);
        assertThat(work.share()).isCloseTo(6.0 / 51, within(1e-12));
    }

    @Test
    void analysesCountTheSameSegmentsAsTheSegmentsListing() {
        SegmentFilter filter = new SegmentFilter("China", Map.of("gender", List.of("female")), "anna", List.of("focus"));

        long listed = project.segments(filter).size();

        assertThat(project.frequencies(new SegmentFilter(null, filter.where(), "anna", List.of("focus")),
                List.of("China"), true).get(0).segments()).isEqualTo(listed).isEqualTo(3);
    }
}
