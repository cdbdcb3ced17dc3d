package org.verbatim.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.exchange.CsvTable;

/**
 * A {@code codings.csv}: one segment per row, given by its words rather than offsets so the file
 * stays readable and survives edits to the transcripts. Columns {@code document} (or
 * {@code file}), {@code code} (a path written with {@code /}), {@code quote}, and optionally
 * {@code occurrence} (which occurrence of a repeated quote, 1 = first), {@code coder} and
 * {@code memo}.
 */
record CodingSheet(Path file, List<Row> rows) {

    /** One segment to make, with where it was read for error messages. */
    record Row(String document, String code, String quote, Integer occurrence, String coder, String memo,
               String where) { }

    static CodingSheet read(Path csv) {
        CsvTable table = Sheets.read(csv);
        int document = table.column("document", "file");
        int code = table.column("code");
        int quote = table.column("quote", "text");
        if (document < 0 || code < 0 || quote < 0) {
            throw new ProjectException(csv.getFileName()
                    + ": the header must have the columns document, code, quote (and optionally occurrence, coder, memo)");
        }
        int occurrence = table.column("occurrence");
        int coder = table.column("coder");
        int memo = table.column("memo");
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            String where = table.where(r);
            if (row.get(document).isEmpty() || row.get(code).isEmpty() || row.get(quote).isEmpty()) {
                throw new ProjectException(where + ": the document, the code and the quote must not be empty");
            }
            String name = Sheets.documentName(row.get(document), where);
            rows.add(new Row(name, row.get(code), row.get(quote), occurrenceOf(cell(row, occurrence), where),
                    cell(row, coder), cell(row, memo), where));
        }
        return new CodingSheet(csv, rows);
    }

    private static String cell(List<String> row, int column) {
        return column < 0 || row.get(column).isEmpty() ? null : row.get(column);
    }

    private static Integer occurrenceOf(String cell, String where) {
        if (cell == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(cell);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the line, like any other value that is not a positive number.
        }
        throw new ProjectException(where + ": occurrence must be a whole number from 1, not '" + cell + "'");
    }
}
