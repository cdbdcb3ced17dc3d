package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.verbatim.project.ProjectFixtures.jdbc;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.verbatim.model.Memo;
import org.verbatim.model.Memo.MemoTarget;

class CodingTest {
    /** A focus group: a moderator and two respondents from different cities. */
    static final String FOCUS = """
            Focus group, 6 April 2012
            [00:00:10] Moderator: Welcome. What do you think of Europe?
            [00:00:20] Anna: Europe is a partner
            for us, really. Europe is close.
            [00:00:40] Boris: I disagree. Europe is distant, and America is further.
            [00:01:00] Moderator: Thank you both.
            """;
    static final String INTERVIEW = """
            Interviewer: And Europe?
            Vera: Europe is a partner for us.
            """;
    static final String PEOPLE = """
            id,name,city,gender
            M1,Moderator,Tomsk,male
            P1,Anna,Tomsk,female
            P2,Boris,Petrozavodsk,male
            P3,Vera,Petrozavodsk,female
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
        ImportReport focus = project.importFiles(new ImportRequest(List.of(write(dir, "focus-group.txt", FOCUS)),
                Map.of("format", "focus group"), null, null, null), Progress.NONE);
        ImportReport interview = project.importFiles(new ImportRequest(List.of(write(dir, "interview.txt", INTERVIEW)),
                Map.of("format", "in-depth"), null, null, null), Progress.NONE);
        assertThat(focus.imported()).singleElement().extracting(ImportReport.Imported::unmappedSpeakers)
                .isEqualTo(List.of());
        assertThat(interview.imported()).singleElement().extracting(ImportReport.Imported::unmappedSpeakers)
                .isEqualTo(List.of("Interviewer"));
    }

    @AfterEach
    void closeProject() {
        if (project != null) {
            project.close();
        }
    }

    /** The offset of a passage that occurs exactly once in {@code text}. */
    static int at(String text, String passage) {
        int i = text.indexOf(passage);
        assertThat(i).as("'%s' occurs", passage).isNotNegative();
        assertThat(text.indexOf(passage, i + 1)).as("'%s' occurs once", passage).isNegative();
        return i;
    }

    private CodingResult codeRange(String document, String code, int start, int end, String coder) {
        return project.code(CodingRequest.range(document, code, start, end, coder));
    }

    private CodingResult codeQuote(String document, String code, String quote, Integer occurrence, String coder) {
        return project.code(new CodingRequest(document, code, null, null, quote, occurrence, coder, null));
    }

    @Test
    void movingASegmentsEndsKeepsItsIdCodeCoderAndMemoAndCoversTheNewWords() {
        int start = at(FOCUS, "Europe is distant");
        SegmentView made = project.code(new CodingRequest("focus-group.txt", "Europe/Distance", start, start + 17,
                null, null, "alice", "far away")).segment();

        SegmentView before = project.moveSegment(made.id(), start, start + "Europe is distant, and America".length());

        assertThat(before).isEqualTo(made);
        SegmentView moved = project.segments(SegmentFilter.ALL).get(0);
        assertThat(moved.id()).isEqualTo(made.id());
        assertThat(moved.text()).isEqualTo("Europe is distant, and America");
        assertThat(List.of(moved.code(), moved.coder(), moved.memo()))
                .containsExactly("Europe / Distance", "alice", "far away");
    }

    @Test
    void aSegmentCannotBeMovedOntoNothingPastTheTextOrOntoItsTwin() {
        int start = at(FOCUS, "Europe is distant");
        SegmentView made = codeRange("focus-group.txt", "Europe/Distance", start, start + 17, "alice").segment();
        int other = at(FOCUS, "America is further");
        codeRange("focus-group.txt", "Europe/Distance", other, other + 18, "alice");
        List<SegmentView> all = project.segments(SegmentFilter.ALL);

        assertThatThrownBy(() -> project.moveSegment(made.id(), start, start)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("focus-group.txt");
        assertThatThrownBy(() -> project.moveSegment(made.id(), start, FOCUS.length() + 5))
                .isInstanceOf(ProjectException.class).hasMessageContaining("characters");
        assertThatThrownBy(() -> project.moveSegment(made.id(), other, other + 18)).isInstanceOf(ProjectException.class)
                .hasMessageContaining("already coded");
        assertThat(project.segments(SegmentFilter.ALL)).isEqualTo(all);
    }

    @Test
    void codingARangeStoresExactlyTheTextItCovers() {
        int start = at(FOCUS, "Europe is distant");

        CodingResult result = codeRange("focus-group.txt", "Europe/Distance", start, start + 17, "alice");

        SegmentView s = result.segment();
        assertThat(s.document()).isEqualTo("focus-group.txt");
        assertThat(s.code()).isEqualTo("Europe / Distance");
        assertThat(s.start()).isEqualTo(start);
        assertThat(s.end()).isEqualTo(start + 17);
        assertThat(s.text()).isEqualTo("Europe is distant");
        assertThat(s.coder()).isEqualTo("alice");
        assertThat(s.participants()).containsExactly("P2");
        assertThat(s.memo()).isNull();
        assertThat(project.segments(SegmentFilter.ALL)).containsExactly(s);
    }

    @Test
    void codingAQuoteFindsItsOffsets() {
        CodingResult result = codeQuote("focus-group.txt", "America", "America is further.", null, "alice");

        int start = at(FOCUS, "America is further.");
        assertThat(result.segment()).extracting(SegmentView::start, SegmentView::end, SegmentView::text)
                .containsExactly(start, start + 19, "America is further.");
        assertThat(FOCUS.substring(result.segment().start(), result.segment().end())).isEqualTo("America is further.");
    }

    @Test
    void aQuoteThatOccursSeveralTimesNeedsAnOccurrenceAndTheMessageGivesTheCount() {
        assertThatThrownBy(() -> codeQuote("focus-group.txt", "Europe", "Europe is", null, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The quote occurs 3 times in focus-group.txt; choose one with --occurrence 1..3");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(project.codes()).isEmpty();
    }

    @ParameterizedTest(name = "occurrence {0}")
    @CsvSource({"1, Europe is a partner", "2, Europe is close", "3, Europe is distant"})
    void theOccurrencePicksTheNthPlaceInTextOrder(int occurrence, String passage) {
        CodingResult result = codeQuote("focus-group.txt", "Europe", "Europe is", occurrence, "alice");

        int start = at(FOCUS, passage);
        assertThat(result.segment()).extracting(SegmentView::start, SegmentView::end, SegmentView::text)
                .containsExactly(start, start + 9, "Europe is");
    }

    @ParameterizedTest(name = "occurrence {0}")
    @CsvSource({"0", "4", "-1"})
    void anOccurrenceThatDoesNotExistIsRefused(int occurrence) {
        assertThatThrownBy(() -> codeQuote("focus-group.txt", "Europe", "Europe is", occurrence, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The quote occurs 3 times in focus-group.txt; occurrence " + occurrence
                        + " does not exist");
    }

    @Test
    void aQuoteThatIsNotInTheTextIsRefused() {
        assertThatThrownBy(() -> codeQuote("focus-group.txt", "Asia", "China is our neighbour", null, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The quote was not found in focus-group.txt: \"China is our neighbour\"");
        assertThat(project.codes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotesWithOtherWhiteSpace")
    void aQuoteWithOtherLineBreaksOrSpacesStillMatches(String description, String quote) {
        CodingResult result = codeQuote("focus-group.txt", "Europe/Partner", quote, null, "alice");

        int start = at(FOCUS, "Europe is a partner\nfor us");
        assertThat(result.segment().start()).isEqualTo(start);
        assertThat(result.segment().text()).isEqualTo("Europe is a partner\nfor us");
        assertThat(result.segment().end()).isEqualTo(start + "Europe is a partner\nfor us".length());
    }

    static Stream<Arguments> quotesWithOtherWhiteSpace() {
        return Stream.of(
                Arguments.of("space for the line break", "Europe is a partner for us"),
                Arguments.of("Windows line break", "Europe is a partner\r\nfor us"),
                Arguments.of("old Mac line break", "Europe is a partner\rfor us"),
                Arguments.of("runs of spaces and tabs", "Europe  is a\t partner   for us"),
                Arguments.of("surrounding white space", "  Europe is a partner\nfor us \n"),
                Arguments.of("exact", "Europe is a partner\nfor us"));
    }

    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"-1, 5", "0, 9999", "20, 20", "30, 20", "0, 0"})
    void aRangeOutsideTheTextOrEmptyIsRefused(int start, int end) {
        assertThatThrownBy(() -> codeRange("focus-group.txt", "Europe", start, end, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("The range " + start + ":" + end + " is outside focus-group.txt or empty (the text has "
                        + FOCUS.length() + " characters; a range is start:end with start < end)");
        assertThat(project.segments(SegmentFilter.ALL)).isEmpty();
        assertThat(project.codes()).isEmpty();
    }

    @Test
    void theWholeTextIsAValidRange() {
        CodingResult result = codeRange("focus-group.txt", "All", 0, FOCUS.length(), "alice");

        assertThat(result.segment().text()).isEqualTo(FOCUS);
        assertThat(result.segment().participants()).containsExactly("M1", "P1", "P2");
    }

    @Test
    void aRangeAndAQuoteTogetherOrNeitherIsRefused() {
        assertThatThrownBy(() -> project.code(new CodingRequest("focus-group.txt", "Europe", 0, 5, "Focus", null,
                "alice", null)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("Give either a range or a quote, not both");
        assertThatThrownBy(() -> project.code(new CodingRequest("focus-group.txt", "Europe", null, null, null, null,
                "alice", null)))
                .isInstanceOf(ProjectException.class)
                .hasMessage("Give the passage to code as a range (start:end) or a quote");
    }

    @Test
    void codingTheSameRangeTwiceWithTheSameCodeAndCoderIsRefused() {
        int start = at(FOCUS, "Europe is close.");
        codeRange("focus-group.txt", "Europe/Partner", start, start + 16, "alice");

        assertThatThrownBy(() -> codeRange("focus-group.txt", "Europe/Partner", start, start + 16, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("That passage of focus-group.txt is already coded with 'Europe / Partner' by alice");

        // Another coder, another code, or another range is a new segment.
        codeRange("focus-group.txt", "Europe/Partner", start, start + 16, "bob");
        codeRange("focus-group.txt", "Europe", start, start + 16, "alice");
        codeRange("focus-group.txt", "Europe/Partner", start, start + 15, "alice");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::code, SegmentView::coder,
                SegmentView::end).containsExactlyInAnyOrder(
                        tuple("Europe / Partner", "alice", start + 16),
                        tuple("Europe / Partner", "bob", start + 16),
                        tuple("Europe", "alice", start + 16),
                        tuple("Europe / Partner", "alice", start + 15));
    }

    @Test
    void codingWithAMissingCodePathCreatesItAndItsParentsAndSaysSo() {
        project.addCode("Russia", "#102030", null, null);

        CodingResult first = codeQuote("focus-group.txt", "Russia/Image/Bear", "Thank you both.", null, "alice");
        CodingResult second = codeQuote("focus-group.txt", "Russia/Image/Bear", "Welcome.", null, "alice");

        assertThat(first.createdCodes()).containsExactly("Russia / Image", "Russia / Image / Bear");
        assertThat(second.createdCodes()).isEmpty();
        assertThat(project.codes()).extracting(CodeNode::path, CodeNode::segmentsWithSubcodes).containsExactly(
                tuple("Russia", 2L), tuple("Russia / Image", 2L), tuple("Russia / Image / Bear", 2L));
    }

    @Test
    void withoutACoderTheSegmentIsTheOperatingSystemUsers() {
        CodingResult result = codeQuote("focus-group.txt", "Europe", "Europe is close.", null, null);

        assertThat(result.segment().coder()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void aSegmentCanBeFoundByDocumentNameWithoutExtensionOrById() {
        long id = project.documents().stream().filter(d -> d.name().equals("interview.txt")).findFirst()
                .orElseThrow().id();

        CodingResult byStem = codeQuote("interview", "Europe", "Europe is a partner", null, "alice");
        CodingResult byId = codeQuote(String.valueOf(id), "Europe", "for us", null, "alice");

        assertThat(byStem.segment().document()).isEqualTo("interview.txt");
        assertThat(byId.segment().document()).isEqualTo("interview.txt");
        assertThatThrownBy(() -> codeQuote("survey", "Europe", "Europe", null, "alice"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("There is no document 'survey' in the project (see: verbatim docs)");
    }

    @Test
    void uncodingRemovesTheSegmentAndItsMemos() {
        SegmentView kept = codeQuote("focus-group.txt", "Europe", "Europe is close.", null, "alice").segment();
        SegmentView gone = codeQuote("focus-group.txt", "America", "America is further.", null, "alice").segment();
        project.addMemo(MemoTarget.SEGMENT, String.valueOf(gone.id()), "Why", "Distance as a theme");

        SegmentView removed = project.uncode(gone.id());

        assertThat(removed).isEqualTo(gone);
        assertThat(project.segments(SegmentFilter.ALL)).containsExactly(kept);
        assertThat(project.memos()).isEmpty();
        assertThat(project.codes()).extracting(CodeNode::path, CodeNode::segments)
                .containsExactly(tuple("Europe", 1L), tuple("America", 0L));
        assertThatThrownBy(() -> project.uncode(gone.id()))
                .isInstanceOf(ProjectException.class)
                .hasMessage("There is no segment " + gone.id() + " (see: verbatim segments)");
    }

    @Test
    void aSegmentMemoCanBeSetChangedAndCleared() {
        SegmentView s = codeQuote("focus-group.txt", "Europe", "Europe is close.", null, "alice").segment();

        project.setSegmentMemo(s.id(), "Typical of the Tomsk group");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::memo)
                .containsExactly("Typical of the Tomsk group");

        project.setSegmentMemo(s.id(), "Revised: typical of younger respondents");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::memo)
                .containsExactly("Revised: typical of younger respondents");

        project.setSegmentMemo(s.id(), "  ");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::memo).containsExactly((String) null);

        assertThatThrownBy(() -> project.setSegmentMemo(s.id() + 100, "x"))
                .isInstanceOf(ProjectException.class)
                .hasMessage("There is no segment " + (s.id() + 100));
    }

    @Test
    void aMemoGivenWhenCodingIsKept() {
        CodingResult result = project.code(new CodingRequest("focus-group.txt", "Europe", null, null,
                "Europe is close.", null, "alice", "short and sharp"));

        assertThat(result.segment().memo()).isEqualTo("short and sharp");
        assertThat(project.segments(SegmentFilter.ALL)).extracting(SegmentView::memo).containsExactly("short and sharp");
    }

    @Test
    void aSegmentAcrossTwoSpeakersCountsForBoth() {
        int start = at(FOCUS, "Europe is close.");
        int end = at(FOCUS, "I disagree.") + "I disagree.".length();

        SegmentView s = codeRange("focus-group.txt", "Europe/Debate", start, end, "bob").segment();

        assertThat(s.text()).isEqualTo("Europe is close.\n[00:00:40] Boris: I disagree.");
        assertThat(s.participants()).containsExactly("P1", "P2");
        assertThat(s.participantAttributes()).containsExactly(
                Map.entry("city", "Tomsk; Petrozavodsk"), Map.entry("gender", "female; male"));
        assertThat(s.documentAttributes()).containsExactly(Map.entry("format", "focus group"));
    }

    @Test
    void aSegmentOnASpeakerLabelOnlyCountsForNobody() {
        int start = at(FOCUS, "Boris:");

        SegmentView s = codeRange("focus-group.txt", "Labels", start, start + 6, "alice").segment();

        assertThat(s.participants()).isEmpty();
    }

    /** Segments for the filter tests, by a short name. */
    @Nested
    class Filters {
        final Map<String, Long> ids = new LinkedHashMap<>();

        @BeforeEach
        void codeTheCorpus() {
            ids.put("moderator", codeQuote("focus-group.txt", "Questions", "What do you think of Europe?", null,
                    "alice").segment().id());
            ids.put("anna", codeQuote("focus-group.txt", "Europe/Partner", "Europe is close.", null, "alice")
                    .segment().id());
            int start = at(FOCUS, "Europe is close.");
            int end = at(FOCUS, "I disagree.") + "I disagree.".length();
            ids.put("annaAndBoris", codeRange("focus-group.txt", "Europe/Distance", start, end, "bob").segment().id());
            ids.put("boris", codeQuote("focus-group.txt", "America", "America is further.", null, "alice")
                    .segment().id());
            ids.put("vera", codeQuote("interview.txt", "Europe/Partner", "Europe is a partner for us.", null, "alice")
                    .segment().id());
        }

        private List<Long> expected(String... names) {
            return Arrays.stream(names).map(ids::get).toList();
        }

        private List<Long> found(SegmentFilter filter) {
            return project.segments(filter).stream().map(SegmentView::id).toList();
        }

        private SegmentFilter where(Map<String, List<String>> where) {
            return new SegmentFilter(null, where, null, List.of());
        }

        @Test
        void noFilterListsEverySegmentInDocumentAndTextOrder() {
            assertThat(found(SegmentFilter.ALL)).isEqualTo(expected("moderator", "anna", "annaAndBoris", "boris", "vera"));
        }

        @Test
        void aParticipantAttributeSelectsTheSegmentsOfThoseParticipants() {
            assertThat(found(where(Map.of("city", List.of("Tomsk")))))
                    .isEqualTo(expected("moderator", "anna", "annaAndBoris"));
            assertThat(found(where(Map.of("city", List.of("Petrozavodsk")))))
                    .isEqualTo(expected("annaAndBoris", "boris", "vera"));
            assertThat(found(where(Map.of("city", List.of("Perm"))))).isEmpty();
        }

        @Test
        void twoValuesOfOneAttributeAreAlternatives() {
            assertThat(found(where(Map.of("city", List.of("Tomsk", "Petrozavodsk")))))
                    .isEqualTo(expected("moderator", "anna", "annaAndBoris", "boris", "vera"));
            assertThat(found(where(Map.of("gender", List.of("female", "nonbinary")))))
                    .isEqualTo(expected("anna", "annaAndBoris", "vera"));
        }

        @Test
        void severalAttributesMustAllMatch() {
            assertThat(found(where(Map.of("city", List.of("Tomsk"), "gender", List.of("female")))))
                    .isEqualTo(expected("anna", "annaAndBoris"));
            assertThat(found(where(Map.of("city", List.of("Petrozavodsk"), "gender", List.of("male")))))
                    .isEqualTo(expected("annaAndBoris", "boris"));
            assertThat(found(where(Map.of("city", List.of("Tomsk", "Petrozavodsk"), "gender", List.of("female")))))
                    .isEqualTo(expected("anna", "annaAndBoris", "vera"));
        }

        @Test
        void severalAttributesMustAllMatchTheSameParticipant() {
            // Anna is a woman from Tomsk, Boris a man from Petrozavodsk: their shared segment holds
            // no words of a woman from Petrozavodsk.
            assertThat(found(where(Map.of("city", List.of("Petrozavodsk"), "gender", List.of("female")))))
                    .isEqualTo(expected("vera"));
            assertThat(found(where(Map.of("city", List.of("Tomsk"), "gender", List.of("male")))))
                    .isEqualTo(expected("moderator"));
        }

        @Test
        void documentAttributesFilterToo() {
            assertThat(found(where(Map.of("format", List.of("focus group")))))
                    .isEqualTo(expected("moderator", "anna", "annaAndBoris", "boris"));
            assertThat(found(where(Map.of("format", List.of("focus group"), "gender", List.of("female")))))
                    .isEqualTo(expected("anna", "annaAndBoris"));
            assertThat(found(where(Map.of("format", List.of("in-depth"), "city", List.of("Tomsk"))))).isEmpty();
        }

        @Test
        void valuesMatchIgnoringCase() {
            assertThat(found(where(Map.of("city", List.of("TOMSK"))))).isEqualTo(expected("moderator", "anna",
                    "annaAndBoris"));
        }

        @Test
        void coderSelectsTheirSegments() {
            assertThat(found(new SegmentFilter(null, Map.of(), "bob", List.of()))).isEqualTo(expected("annaAndBoris"));
            assertThat(found(new SegmentFilter(null, Map.of(), "carol", List.of()))).isEmpty();
        }

        @Test
        void documentsSelectTheirSegments() {
            assertThat(found(new SegmentFilter(null, Map.of(), null, List.of("interview.txt"))))
                    .isEqualTo(expected("vera"));
            assertThat(found(new SegmentFilter(null, Map.of(), null, List.of("interview", "focus-group.txt"))))
                    .isEqualTo(expected("moderator", "anna", "annaAndBoris", "boris", "vera"));
            assertThatThrownBy(() -> found(new SegmentFilter(null, Map.of(), null, List.of("survey.txt"))))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("There is no document 'survey.txt' in the project (see: verbatim docs)");
        }

        @Test
        void aParentCodeIncludesItsSubCodes() {
            assertThat(found(SegmentFilter.ofCode("Europe"))).isEqualTo(expected("anna", "annaAndBoris", "vera"));
            assertThat(found(SegmentFilter.ofCode("Europe/Partner"))).isEqualTo(expected("anna", "vera"));
            assertThat(found(SegmentFilter.ofCode("America"))).isEqualTo(expected("boris"));
            assertThatThrownBy(() -> found(SegmentFilter.ofCode("Asia")))
                    .isInstanceOf(ProjectException.class)
                    .hasMessage("There is no code 'Asia' in the codebook (see: verbatim codes)");
        }

        @Test
        void filtersCombine() {
            assertThat(found(new SegmentFilter("Europe", Map.of("city", List.of("Tomsk")), "alice", List.of())))
                    .isEqualTo(expected("anna"));
            assertThat(found(new SegmentFilter("Europe", Map.of("city", List.of("Petrozavodsk")), null,
                    List.of("focus-group")))).isEqualTo(expected("annaAndBoris"));
        }

        @Test
        void checkFindsNoProblemInAHealthyProject() {
            CheckReport report = project.check();

            assertThat(report.problems()).isEmpty();
            assertThat(report.ok()).isTrue();
            assertThat(report.documents()).isEqualTo(2);
            assertThat(report.turns()).isEqualTo(6);
            assertThat(report.segments()).isEqualTo(5);
        }

        @Test
        void checkReportsASegmentWhoseTextNoLongerMatches() throws Exception {
            long tampered = ids.get("boris");
            project.close();
            project = null;
            jdbc(folder, c -> assertThat(c.createStatement().executeUpdate(
                    "UPDATE segment SET covered_text = 'America is closer.' WHERE id = " + tampered)).isEqualTo(1));
            project = Project.open(folder);

            CheckReport report = project.check();

            int start = at(FOCUS, "America is further.");
            assertThat(report.ok()).isFalse();
            assertThat(report.problems()).containsExactly("focus-group.txt: segment " + tampered + " [" + start + ","
                    + (start + 19) + ") no longer covers the text it was made on");
            assertThat(report.segments()).isEqualTo(5);
        }

        @Test
        void checkReportsOffsetsPastTheEndOfTheText() throws Exception {
            long tampered = ids.get("vera");
            project.close();
            project = null;
            jdbc(folder, c -> {
                c.createStatement().executeUpdate("UPDATE segment SET end_offset = 500 WHERE id = " + tampered);
                c.createStatement().executeUpdate("UPDATE turn SET end_offset = 400 WHERE idx = 1 AND document_id ="
                        + " (SELECT id FROM document WHERE name = 'interview.txt')");
            });
            project = Project.open(folder);

            CheckReport report = project.check();

            int start = at(INTERVIEW, "Europe is a partner for us.");
            assertThat(report.problems()).containsExactly(
                    "interview.txt: turn 1 ends at 400, past the text (" + INTERVIEW.length() + ")",
                    "interview.txt: segment " + tampered + " [" + start + ",500) no longer covers the text it was made on");
        }

        @Test
        void segmentMemosAreListedWithTheProjectMemos() {
            project.addMemo(MemoTarget.SEGMENT, String.valueOf(ids.get("vera")), "Vera", "Echoes Anna");

            assertThat(project.memos()).extracting(Memo::target, Memo::targetId, Memo::title)
                    .containsExactly(tuple(MemoTarget.SEGMENT, ids.get("vera"), "Vera"));
        }
    }
}
