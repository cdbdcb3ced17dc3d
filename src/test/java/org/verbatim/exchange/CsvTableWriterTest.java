package org.verbatim.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {
    private static final List<String> HEADER = List.of("document", "text");

    /** Writes the header {@code document,text} and one data row, and returns the CSV text. */
    private static String writeRow(String document, String text) {
        StringWriter out = new StringWriter();
        CsvTableWriter.write(out, HEADER, List.of(Arrays.asList(document, text)));
        return out.toString();
    }

    /** Reads CSV text back with Jackson's CSV parser, every row as a list of cells. */
    static List<List<String>> parse(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(csv)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"=SUM(A1)", "+1", "-1+1", "-1e3", "-A1", "@cmd", "\tindented", "\rreturn", "=HYPERLINK(\"http://x\",\"y\")",
        "-2+3+cmd|' /C calc'!A0"})
    void cellThatASpreadsheetWouldRunAsFormulaIsPrefixedWithApostrophe(String dangerous) throws IOException {
        List<List<String>> rows = parse(writeRow("doc.txt", dangerous));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("doc.txt", "'" + dangerous);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Russia looks like a state bear", "Россия — это государство-медведь", "1+1", "a=b",
        "email@example.org", "'already quoted", "12", "2012-03-14", " =leading space", "-1", "-0.6124"})
    void ordinaryTextIsWrittenUntouched(String ordinary) throws IOException {
        List<List<String>> rows = parse(writeRow("doc.txt", ordinary));

        assertThat(rows.get(1)).containsExactly("doc.txt", ordinary);
    }

    @Test
    void spreadsheetSafetyLeavesEmptyAndNullCellsAlone() {
        assertThat(SpreadsheetSafety.neutralise("")).isEmpty();
        assertThat(SpreadsheetSafety.neutralise(null)).isNull();
        assertThat(SpreadsheetSafety.neutralise("=1")).isEqualTo("'=1");
    }

    @Test
    void headerCellsAreNeutralisedToo() throws IOException {
        StringWriter out = new StringWriter();
        CsvTableWriter.write(out, List.of("=evil", "ok"), List.of());

        assertThat(parse(out.toString())).containsExactly(List.of("'=evil", "ok"));
    }

    static Stream<Arguments> awkwardCells() {
        return Stream.of(
                Arguments.of("comma", "Tomsk, Siberia"),
                Arguments.of("double quote", "He said \"no\" twice"),
                Arguments.of("newline", "first line\nsecond line"),
                Arguments.of("CRLF inside", "first\r\nsecond"),
                Arguments.of("all together", "a, \"b\"\nc"),
                Arguments.of("only a quote", "\""),
                Arguments.of("leading and trailing spaces", "  padded  "),
                Arguments.of("Cyrillic with comma", "Томск, Сибирь"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardCells")
    void cellsWithSeparatorsQuotesAndNewlinesRoundTripThroughACsvParser(String what, String cell) throws IOException {
        String csv = writeRow("doc.txt", cell);

        List<List<String>> rows = parse(csv);

        assertThat(rows).as(what).hasSize(2);
        assertThat(rows.get(0)).containsExactly("document", "text");
        assertThat(rows.get(1)).containsExactly("doc.txt", cell);
    }

    @Test
    void quotesAreDoubledAndCellIsEnclosedInQuotes() {
        assertThat(writeRow("doc.txt", "He said \"no\""))
                .isEqualTo("document,text\ndoc.txt,\"He said \"\"no\"\"\"\n");
    }

    @Test
    void nullCellIsWrittenAsEmpty() throws IOException {
        List<List<String>> rows = parse(writeRow("doc.txt", null));

        assertThat(rows.get(1)).containsExactly("doc.txt", "");
    }

    @Test
    void everyRowIsWrittenInOrderWithItsOwnLine() throws IOException {
        StringWriter out = new StringWriter();
        CsvTableWriter.write(out, List.of("id", "city"),
                List.of(List.of("1", "Tomsk"), List.of("2", "Nizhny Novgorod"), List.of("3", "Петрозаводск")));

        assertThat(parse(out.toString())).containsExactly(List.of("id", "city"), List.of("1", "Tomsk"),
                List.of("2", "Nizhny Novgorod"), List.of("3", "Петрозаводск"));
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void excelExportStartsWithByteOrderMarkAndIsUtf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter.write(out, List.of("city"), List.of(List.of("Томск")), true);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("city\nТомск\n");
    }

    @Test
    void plainExportHasNoByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter.write(out, List.of("city"), List.of(List.of("Томск")), false);

        byte[] bytes = out.toByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 'c');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("city\nТомск\n");
    }

    @Test
    void writingDoesNotCloseTheCallersStream() {
        class TrackingStream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        TrackingStream out = new TrackingStream();

        CsvTableWriter.write(out, List.of("a"), List.of(List.of("1")), false);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\n1\n");
    }

    @Test
    void theSemicolonDialectSeparatesBySemicolonsAndQuotesCellsThatHoldOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter.write(out, List.of("city", "text"), List.of(List.of("Томск", "first; second, third"),
                List.of("Petrozavodsk", "=1+1")), CsvDialect.EXCEL_SEMICOLON, written -> { });

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFcity;text\nТомск;\"first; second, third\"\nPetrozavodsk;\"'=1+1\"\n");
    }
}
