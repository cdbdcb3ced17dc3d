package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;

/**
 * The segments behind a cross-tab's cells, on the coded sample study: for every cell of the
 * tables by city (participant and document attribute) and by sphere, in every unit, the listed
 * segments are exactly what the cell counts.
 */
class CrossTabSegmentsTest {
    @TempDir
    static Path dir;
    static Project project;
    static Map<String, Map<String, String>> attributesByParticipant;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = Project.open(SampleStudy.build(dir.resolve("Sample study.verbatim"), Progress.NONE).folder());
        attributesByParticipant = project.participants().stream()
                .collect(Collectors.toMap(ParticipantView::key, ParticipantView::attributes));
    }

    @AfterAll
    static void closeIt() {
        project.close();
    }

    @Test
    void everyCellListsTheSegmentsItCounts() {
        int cells = 0;
        for (String by : List.of("participant:city", "document:city", "sphere")) {
            for (Unit unit : Unit.values()) {
                CrossTabRequest request = new CrossTabRequest(SegmentFilter.ALL, List.of(), true, by,
                        List.of(), List.of(), unit, false);
                CrossTab table = project.crosstab(request);
                boolean byDocument = table.columnsAre().equals("document attribute");
                for (CrossTab.Row row : table.rows()) {
                    for (int j = 0; j < table.columns().size(); j++) {
                        String column = table.columns().get(j);
                        List<SegmentView> listed = project.crosstabSegments(request, row.code(), column);
                        assertThat(counted(listed, unit, byDocument, by, column))
                                .as("%s by %s counting %s, column %s", row.code(), by, unit.label(), column)
                                .isEqualTo(row.counts()[j]);
                        assertThat(listed).allSatisfy(s -> assertThat(s.code()).startsWith(row.code()));
                        cells++;
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(1000);
    }

    /** What a cell counts among its listed segments, worked out from the segments' own views. */
    private static long counted(List<SegmentView> listed, Unit unit, boolean byDocument, String by, String column) {
        String attribute = by.substring(by.indexOf(':') + 1);
        return switch (unit) {
            case SEGMENTS -> listed.size();
            case DOCUMENTS -> listed.stream().map(SegmentView::documentId).distinct().count();
            case PARTICIPANTS -> {
                Set<String> people = listed.stream().flatMap(s -> s.participants().stream())
                        .filter(p -> byDocument || column.equals(attributesByParticipant.get(p).get(attribute)))
                        .collect(Collectors.toSet());
                yield people.size();
            }
        };
    }

    @Test
    void aCellOfSegmentsByCityHoldsOnlyThatCitysVoices() {
        CrossTabRequest request = new CrossTabRequest(SegmentFilter.ALL, List.of("Threats / China"), true, "city",
                List.of(), List.of(), Unit.SEGMENTS, false);
        List<SegmentView> tomsk = project.crosstabSegments(request, "Threats / China", "Tomsk");

        assertThat(tomsk).isNotEmpty().allSatisfy(s -> assertThat(s.participantAttributes().get("city")).contains("Tomsk"));
        assertThatThrownBy(() -> project.crosstabSegments(request, "Threats / China", "Omsk"))
                .isInstanceOf(ProjectException.class).hasMessageContaining("'Omsk' is not a column of city");
    }

    @Test
    void underACoderFilterACellListsOnlyThatCodersSegmentsAsManyAsItCounts() {
        CrossTabRequest request = new CrossTabRequest(new SegmentFilter(null, Map.of(), "pavel", List.of()),
                List.of("Threats / China"), true, "city", List.of(), List.of(), Unit.SEGMENTS, false);
        CrossTab table = project.crosstab(request);
        int tomsk = table.columns().indexOf("Tomsk");
        List<SegmentView> listed = project.crosstabSegments(request, "Threats / China", "Tomsk");
        List<SegmentView> everyone = project.crosstabSegments(new CrossTabRequest(SegmentFilter.ALL,
                List.of("Threats / China"), true, "city", List.of(), List.of(), Unit.SEGMENTS, false),
                "Threats / China", "Tomsk");

        assertThat(listed).isNotEmpty().hasSize((int) table.rows().get(0).counts()[tomsk])
                .allSatisfy(s -> assertThat(s.coder()).isEqualTo("pavel"));
        assertThat(everyone).hasSizeGreaterThan(listed.size()).anySatisfy(s -> assertThat(s.coder()).isEqualTo("elena"));
    }

    @Test
    void writesATableSafeForSpreadsheetsWholeOrNotAtAll() throws Exception {
        Path file = dir.resolve("table.csv");
        Project.writeTable(file, List.of("code", "Tomsk"), List.of(List.of("=HYPERLINK(\"x\")", "3")), true);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("'=HYPERLINK").contains(",3\n");
        Path nowhere = dir.resolve("missing folder").resolve("table.csv");
        assertThatThrownBy(() -> Project.writeTable(nowhere, List.of("a"), List.of(), false))
                .isInstanceOf(ProjectException.class).hasMessageContaining(nowhere.toString());
        assertThat(nowhere.getParent()).doesNotExist();
    }
}
