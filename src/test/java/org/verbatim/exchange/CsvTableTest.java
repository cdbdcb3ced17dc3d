package org.verbatim.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsHeaderAndRowsOfACommaSeparatedFile() throws IOException {
        CsvTable t = CsvTable.read(write("participants.csv", "id,name,city\nNNV-R01,Andrei V.,Nizhny Novgorod\n"
                + "TOM-R01,Anastasia L.,Tomsk\n"));

        assertThat(t.header()).containsExactly("id", "name", "city");
        assertThat(t.rows()).containsExactly(List.of("NNV-R01", "Andrei V.", "Nizhny Novgorod"),
                List.of("TOM-R01", "Anastasia L.", "Tomsk"));
        assertThat(t.file()).isEqualTo(dir.resolve("participants.csv"));
    }

    @Test
    void byteOrderMarkIsStrippedSoTheFirstColumnKeepsItsName() throws IOException {
        Path file = write("excel.csv", concat(UTF8_BOM, "id,city\nP1,Томск\n".getBytes(StandardCharsets.UTF_8)));

        CsvTable t = CsvTable.read(file);

        assertThat(t.header()).containsExactly("id", "city");
        assertThat(t.header().get(0)).hasSize(2);
        assertThat(t.column("id")).isZero();
        assertThat(t.rows()).containsExactly(List.of("P1", "Томск"));
    }

    @Test
    void semicolonSeparatorIsDetectedFromTheHeader() throws IOException {
        CsvTable t = CsvTable.read(write("european.csv", "id;education;city\nTOM-I1;History, International Relations;Tomsk\n"));

        assertThat(t.header()).containsExactly("id", "education", "city");
        assertThat(t.rows()).containsExactly(List.of("TOM-I1", "History, International Relations", "Tomsk"));
    }

    @Test
    void commaStaysTheSeparatorWhenTheHeaderHasMoreCommasThanSemicolons() throws IOException {
        CsvTable t = CsvTable.read(write("mixed.csv", "id,note,city\nP1,a;b;c;d,Tomsk\n"));

        assertThat(t.header()).containsExactly("id", "note", "city");
        assertThat(t.rows()).containsExactly(List.of("P1", "a;b;c;d", "Tomsk"));
    }

    @Test
    void trailingEmptyCellsBeyondTheHeaderAreTolerated() throws IOException {
        CsvTable t = CsvTable.read(write("trailing.csv", "id,city\nP1,Tomsk,,\n"));

        assertThat(t.rows()).hasSize(1);
        assertThat(t.rows().get(0).subList(0, 2)).containsExactly("P1", "Tomsk");
        assertThat(t.rows().get(0).subList(2, t.rows().get(0).size())).containsOnly("");
    }

    @Test
    void rowWithMoreFilledCellsThanTheHeaderIsRefusedWithFileAndLine() throws IOException {
        Path file = write("wide.csv", "id,city\nP1,Tomsk\nP2,Omsk,extra\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("wide.csv: line 3 has 3 cells but the header has 2");
    }

    @Test
    void aRowWithFewerCellsThanTheHeaderIsRefusedRatherThanFilledWithEmptyValues() throws IOException {
        Path file = write("participants.csv", "id,city,age\nP1,Tomsk,27\nP2,Omsk\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("participants.csv: line 3 has 2 cells but the header has 3; leave a value empty between"
                        + " separators rather than leaving it out");
    }

    @Test
    void cellsAreTrimmedAndQuotedCellsKeepTheirCommasQuotesAndNewlines() throws IOException {
        CsvTable t = CsvTable.read(write("quoted.csv",
                "id , note\n  P1  ,\"Tomsk, \"\"Siberia\"\"\nsecond line\"\n"));

        assertThat(t.header()).containsExactly("id", "note");
        assertThat(t.rows()).containsExactly(List.of("P1", "Tomsk, \"Siberia\"\nsecond line"));
    }

    @Test
    void windowsLineEndingsAndBlankLinesAreAccepted() throws IOException {
        CsvTable t = CsvTable.read(write("crlf.csv", "id,city\r\nP1,Tomsk\r\n\r\nP2,Omsk\r\n"));

        assertThat(t.header()).containsExactly("id", "city");
        assertThat(t.rows()).containsExactly(List.of("P1", "Tomsk"), List.of("P2", "Omsk"));
    }

    @Test
    void headerOnlyFileHasNoRows() throws IOException {
        CsvTable t = CsvTable.read(write("header.csv", "id,city\n"));

        assertThat(t.header()).containsExactly("id", "city");
        assertThat(t.rows()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows-1251", "KOI8-R", "UTF-16"})
    void fileThatIsNotUtf8IsRefusedWithItsName(String charset) throws IOException {
        Path file = write("участники-" + charset + ".csv", "id,город\nP1,Томск\n".getBytes(Charset.forName(charset)));

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("участники-" + charset + ".csv: not UTF-8 text; save the CSV as UTF-8");
    }

    @Test
    void emptyFileIsRefusedWithItsName() throws IOException {
        Path file = write("empty.csv", new byte[0]);

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("empty.csv: the file is empty");
    }

    @Test
    void fileWithOnlyWhitespaceOrAByteOrderMarkIsRefusedAsEmpty() throws IOException {
        Path blank = write("blank.csv", " \n\r\n\t\n");
        Path bomOnly = write("bom.csv", UTF8_BOM);

        assertThatThrownBy(() -> CsvTable.read(blank)).hasMessage("blank.csv: the file is empty");
        assertThatThrownBy(() -> CsvTable.read(bomOnly)).hasMessage("bom.csv: the file is empty");
    }

    @Test
    void headerOfOnlySeparatorsIsRefused() throws IOException {
        Path file = write("noheader.csv", ",,\nP1,Tomsk,30\n");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage("noheader.csv: the header row is empty");
    }

    @Test
    void missingFileIsRefusedWithItsName() {
        Path file = dir.resolve("absent.csv");

        assertThatThrownBy(() -> CsvTable.read(file))
                .isInstanceOf(ExchangeException.class)
                .hasMessage(file + ": the file does not exist");
    }

    @Test
    void columnsAreFoundByAnyOfTheirNamesIgnoringCase() throws IOException {
        CsvTable t = CsvTable.read(write("speakers.csv", "File,Speaker,Participant\nA.txt,Anna,P1\n"));

        assertThat(t.column("document", "file")).isZero();
        assertThat(t.column("SPEAKER")).isEqualTo(1);
        assertThat(t.column("participant", "id")).isEqualTo(2);
        assertThat(t.column("city")).isEqualTo(-1);
    }

    @Test
    void whereNamesTheFileAndTheOneBasedLineOfADataRow() throws IOException {
        CsvTable t = CsvTable.read(write("people.csv", "id\nP1\nP2\n"));

        assertThat(t.where(0)).isEqualTo("people.csv, line 2");
        assertThat(t.where(1)).isEqualTo("people.csv, line 3");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> row = List.of("TOM-R01", "Candidate of Sciences in History, International Relations",
                "Она сказала \"да\"\nи ушла");
        CsvTableWriter.write(out, List.of("id", "education", "quote"), List.of(row), true);

        CsvTable t = CsvTable.read(write("roundtrip.csv", out.toByteArray()));

        assertThat(t.header()).containsExactly("id", "education", "quote");
        assertThat(t.rows()).containsExactly(row);
    }

    @Test
    void messagesNameTheLineARowStartsOnPastBlankLinesAndMultiLineCells() throws IOException {
        Path file = dir.resolve("participants.csv");
        Files.writeString(file, "id,quote\nR1,short\n\nR2,\"two\nlines\"\nR3,last\n");

        CsvTable t = CsvTable.read(file);

        assertThat(t.where(0)).isEqualTo("participants.csv, line 2");
        assertThat(t.where(1)).isEqualTo("participants.csv, line 4");
        assertThat(t.where(2)).isEqualTo("participants.csv, line 6");
    }
}
