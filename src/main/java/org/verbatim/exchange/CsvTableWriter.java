package org.verbatim.exchange;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a table as CSV: UTF-8, one header row, RFC 4180 quoting, and every text cell made
 * safe for spreadsheets. With {@code excelBom} a byte-order mark goes first, so Excel reads
 * Cyrillic correctly.
 */
public final class CsvTableWriter {
    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvTableWriter() {
    }

    public static void write(OutputStream out, List<String> header, List<List<String>> rows, boolean excelBom) {
        write(out, header, rows, excelBom, written -> { });
    }

    /**
     * As {@link #write(OutputStream, List, List, boolean)}, telling {@code rowsWritten} how many
     * rows are written after each one; it may throw to stop the writing (a cancelled export).
     */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows, boolean excelBom,
                             IntConsumer rowsWritten) {
        write(out, header, rows, excelBom ? CsvDialect.EXCEL : CsvDialect.UTF8, rowsWritten);
    }

    public static void write(Writer writer, List<String> header, List<List<String>> rows) {
        write(writer, header, rows, ',', written -> { });
    }

    /**
     * As {@link #write(OutputStream, List, List, boolean, IntConsumer)}, laid out as
     * {@code dialect} says: byte-order mark or not, comma or semicolon between cells.
     */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows, CsvDialect dialect,
                             IntConsumer rowsWritten) {
        try {
            if (dialect.byteOrderMark()) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, header, rows, dialect.separator(), rowsWritten);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Writer writer, List<String> header, List<List<String>> rows, char separator,
                              IntConsumer rowsWritten) {
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n").withColumnSeparator(separator);
        try (var generator = MAPPER.writer(schema).without(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(new NonClosingWriter(writer))) {
            generator.write(safe(header));
            int written = 0;
            for (List<String> row : rows) {
                generator.write(safe(row));
                rowsWritten.accept(++written);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> safe(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            out.add(c == null ? "" : SpreadsheetSafety.neutralise(c));
        }
        return out;
    }

    /** Lets the CSV generator close without closing the caller's stream. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
