package org.verbatim.exchange;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file read whole: its header and rows of trimmed cells. Reads UTF-8 with or without a
 * byte-order mark, and takes {@code ;} as the separator when the header uses it (as Excel
 * does in many European locales). Errors name the file and the line.
 */
public final class CsvTable {
    /** Larger attribute files than this are not attribute files. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path file;
    private final List<String> header;
    private final List<List<String>> rows;

    /** The line on which each data row starts, so messages point at it past blank lines and multi-line cells. */
    private final List<Integer> rowLines;

    private CsvTable(Path file, List<String> header, List<List<String>> rows, List<Integer> rowLines) {
        this.file = file;
        this.header = header;
        this.rows = rows;
        this.rowLines = rowLines;
    }

    public static CsvTable read(Path file) {
        String text = readText(file);
        if (text.isBlank()) {
            throw new ExchangeException(file.getFileName() + ": the file is empty");
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> all = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readerForListOf(String.class).with(schema).readValues(text)) {
            while (it.hasNextValue()) {
                lines.add(it.getParser().currentLocation().getLineNr());
                List<String> row = it.nextValue();
                List<String> trimmed = new ArrayList<>(row.size());
                for (String cell : row) {
                    trimmed.add(cell == null ? "" : cell.strip());
                }
                all.add(trimmed);
            }
        } catch (IOException | RuntimeException e) {
            throw new ExchangeException(file.getFileName() + ": not a readable CSV file (" + firstLineOf(e) + ")");
        }
        List<String> header = all.remove(0);
        lines.remove(0);
        if (header.stream().allMatch(String::isEmpty)) {
            throw new ExchangeException(file.getFileName() + ": the header row is empty");
        }
        for (int i = 0; i < all.size(); i++) {
            List<String> row = all.get(i);
            if (row.size() > header.size() && row.subList(header.size(), row.size()).stream().anyMatch(c -> !c.isEmpty())) {
                throw new ExchangeException(file.getFileName() + ": line " + lines.get(i) + " has " + row.size()
                        + " cells but the header has " + header.size());
            }
            if (row.size() < header.size()) {
                // Padding would give the missing columns empty values without a word; a row cut
                // short is more often a value lost in editing than one meant to be empty.
                throw new ExchangeException(file.getFileName() + ": line " + lines.get(i) + " has " + row.size()
                        + (row.size() == 1 ? " cell" : " cells") + " but the header has " + header.size()
                        + "; leave a value empty between separators rather than leaving it out");
            }
        }
        return new CsvTable(file, header, all, lines);
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ExchangeException(file.getFileName() + ": the file is larger than 32 MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ExchangeException(file.getFileName() + ": not UTF-8 text; save the CSV as UTF-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExchangeException(file + ": the file does not exist");
        } catch (IOException e) {
            throw new ExchangeException(file.getFileName() + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }

    private static String firstLineOf(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    /** The index of the first header column with one of these names (case-insensitive), or -1. */
    public int column(String... names) {
        for (int i = 0; i < header.size(); i++) {
            for (String n : names) {
                if (header.get(i).toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The file name and 1-based line number of data row {@code rowIndex}, for error messages. */
    public String where(int rowIndex) {
        return file.getFileName() + ", line " + rowLines.get(rowIndex);
    }
}
