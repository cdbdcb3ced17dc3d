package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting coded excerpts of the sample study with a choice of codes, filters, columns and CSV
 * layout, checked against what {@link Project#segments(SegmentFilter)} lists for the same choice.
 */
class ExcerptExportTest {
    private static final String NATO = "Threats / NATO";
    private static final String FUNDING = "Sovereignty and globalisation / Western funding";
    private static final Map<String, List<String>> TOMSK = Map.of("city", List.of("Tomsk"));

    @TempDir
    static Path dir;
    static Project project;

    @BeforeAll
    static void buildTheSampleStudy() {
        project = Project.open(SampleStudy.build(dir.resolve("Sample study.verbatim"), Progress.NONE).folder());
    }

    @AfterAll
    static void closeIt() {
        project.close();
    }

    private static List<List<String>> read(Path csv, char separator) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema().withColumnSeparator(separator))
                .readValues(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    private static List<SegmentView> segments(String code, Map<String, List<String>> where, String coder) {
        return project.segments(new SegmentFilter(code, where, coder, List.of()));
    }

    @Test
    void theChoicesNameEveryColumnAttributeValueCoderAndDocument() {
        ExcerptChoices choices = project.excerptChoices();

        assertThat(choices.columns()).startsWith("document", "participants", "city", "age", "gender", "sphere")
                .contains("doc_city", "doc_format")
                .endsWith("code", "text", "start", "end", "coder", "memo", "segment_id", "created");
        assertThat(choices.attributes().get("city")).containsExactly("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
        List<Double> ages = choices.attributes().get("age").stream().map(Double::valueOf).toList();
        assertThat(ages).isSorted().hasSizeGreaterThan(5);
        assertThat(choices.coders()).containsExactly("elena", "pavel");
        assertThat(choices.documents()).hasSize(21).contains("TOM-semi-04.txt");
    }

    @Test
    void chosenColumnsAreExactlyTheHeaderInTheirOrderWithTheSegmentsOfTheFilter() throws IOException {
        Path csv = dir.resolve("columns.csv");
        List<String> columns = List.of("text", "code", "doc_city", "participants", "segment_id");
        ExcerptSelection selection = new ExcerptSelection(List.of(NATO), TOMSK, List.of(), List.of());

        int n = project.exportExcerpts(csv, selection, columns, ExcerptLayout.UTF8, ExcerptPrivacy.NONE, Progress.NONE);

        List<SegmentView> expected = segments(NATO, TOMSK, null);
        List<List<String>> rows = read(csv, ',');
        assertThat(n).isEqualTo(expected.size()).isPositive();
        assertThat(rows.get(0)).containsExactlyElementsOf(columns);
        assertThat(rows.subList(1, rows.size())).extracting(r -> Long.valueOf(r.get(4)))
                .containsExactlyElementsOf(expected.stream().map(SegmentView::id).toList());
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r).hasSize(5);
            assertThat(r.get(1)).isEqualTo(NATO);
            assertThat(r.get(2)).isEqualTo("Tomsk");
        });
        assertThat(rows.get(1).get(0)).isEqualTo(expected.get(0).text());
        assertThat(Files.readString(csv)).startsWith("text,code,doc_city,participants,segment_id\n");
    }

    @Test
    void severalCodesTakeTheirSubCodesAndASegmentUnderTwoOfThemOnce() {
        int threats = segments("Threats", Map.of(), null).size();
        int cis = segments("CIS and the near abroad", Map.of(), null).size();
        assertThat(segments("CIS and the near abroad", Map.of(), null))
                .extracting(SegmentView::code).anyMatch(c -> c.startsWith("CIS and the near abroad / "));

        assertThat(project.countExcerpts(new ExcerptSelection(List.of("Threats", "CIS and the near abroad"),
                Map.of(), List.of(), List.of()))).isEqualTo(threats + cis);
        assertThat(project.countExcerpts(new ExcerptSelection(List.of("Threats", NATO), Map.of(), List.of(), List.of())))
                .isEqualTo(threats);
        assertThat(project.countExcerpts(ExcerptSelection.ALL)).isEqualTo(project.segments(SegmentFilter.ALL).size())
                .isEqualTo(1179);
    }

    @Test
    void coderAndAttributeFiltersTakeWhatSegmentsListsForTheSameFilter() {
        int byElena = segments(FUNDING, TOMSK, "elena").size();
        int byPavel = segments(FUNDING, TOMSK, "pavel").size();
        assertThat(byElena).isPositive();

        assertThat(project.countExcerpts(new ExcerptSelection(List.of(FUNDING), TOMSK, List.of("elena"), List.of())))
                .isEqualTo(byElena);
        assertThat(project.countExcerpts(new ExcerptSelection(List.of(FUNDING), TOMSK, List.of("elena", "pavel"),
                List.of()))).isEqualTo(byElena + byPavel).isEqualTo(segments(FUNDING, TOMSK, null).size());

        Map<String, List<String>> womenInTomskOrPetrozavodsk = Map.of("city", List.of("Tomsk", "Petrozavodsk"),
                "gender", List.of("female"));
        assertThat(project.countExcerpts(new ExcerptSelection(List.of(), womenInTomskOrPetrozavodsk, List.of(),
                List.of("TOM-semi-04.txt", "PTZ-indepth-01.txt"))))
                .isEqualTo(project.segments(new SegmentFilter(null, womenInTomskOrPetrozavodsk, null,
                        List.of("TOM-semi-04.txt", "PTZ-indepth-01.txt"))).size())
                .isPositive();
    }

    @Test
    void excelWithSemicolonsStartsWithAByteOrderMarkAndKeepsCyrillicAndSemicolonsInTheirCells() throws IOException {
        Path csv = dir.resolve("semicolons.csv");
        ExcerptSelection russian = new ExcerptSelection(List.of(), Map.of(), List.of(), List.of("TOM-semi-04.txt"));

        int n = project.exportExcerpts(csv, russian, List.of("participants", "text", "coder"), ExcerptLayout.EXCEL_SEMICOLON,
                ExcerptPrivacy.NONE, Progress.NONE);

        assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = read(csv, ';');
        assertThat(rows).hasSize(n + 1);
        assertThat(rows.get(0)).containsExactly("participants", "text", "coder");
        assertThat(rows).extracting(r -> r.get(1)).anyMatch(t -> t.matches("(?s).*[А-Яа-я].*"));
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).hasSize(3));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsExactlyElementsOf(
                project.segments(new SegmentFilter(null, Map.of(), null, List.of("TOM-semi-04.txt"))).stream()
                        .map(SegmentView::text).toList());
    }

    @Test
    void anUnknownOrRepeatedColumnIsRefusedAndLeavesNoFile() {
        Path csv = dir.resolve("refused.csv");
        assertThatThrownBy(() -> project.exportExcerpts(csv, ExcerptSelection.ALL, List.of("text", "town"),
                ExcerptLayout.UTF8, ExcerptPrivacy.NONE, Progress.NONE)).isInstanceOf(ProjectException.class)
                .hasMessageStartingWith("There is no column 'town' in the excerpts of this project; the columns are: document,");
        assertThatThrownBy(() -> project.exportExcerpts(csv, ExcerptSelection.ALL, List.of("text", "text"),
                ExcerptLayout.UTF8, ExcerptPrivacy.NONE, Progress.NONE)).hasMessage("The column 'text' is chosen twice");
        assertThatThrownBy(() -> project.exportExcerpts(csv, ExcerptSelection.ALL, List.of(),
                ExcerptLayout.UTF8, ExcerptPrivacy.NONE, Progress.NONE)).hasMessage("Choose at least one column to export");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aSelectionThatTakesNoExcerptIsRefusedNamingTheFileAndWritesNothing() {
        Path csv = dir.resolve("none.csv");
        ExcerptSelection nobody = new ExcerptSelection(List.of(NATO), Map.of("city", List.of("Vladivostok")), List.of(),
                List.of());
        assertThat(project.countExcerpts(nobody)).isZero();

        assertThatThrownBy(() -> project.exportExcerpts(csv, nobody, List.of("text"), ExcerptLayout.EXCEL, ExcerptPrivacy.NONE, Progress.NONE))
                .isInstanceOf(ProjectException.class)
                .hasMessage("No coded excerpt matches the chosen codes and filters; " + csv + " was not written");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAsItWas() throws IOException {
        Path csv = Files.writeString(dir.resolve("earlier.csv"), "an earlier export\n");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> project.exportExcerpts(csv, ExcerptSelection.ALL, List.of("text"), ExcerptLayout.UTF8,
                ExcerptPrivacy.NONE, cancelled)).hasMessage("Export cancelled; no file was written");
        assertThat(Files.readString(csv)).isEqualTo("an earlier export\n");
    }
}
