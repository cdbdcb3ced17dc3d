package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.verbatim.project.Project;

/**
 * Any table the window shows, as the rows a CSV file holds: one header row, then text cells.
 * Written on the background, spreadsheet-safe, whole or not at all; the outcome (the file
 * written, or why not, naming it) goes to {@code report}.
 */
record TableExport(List<String> header, List<List<String>> rows) {
    TableExport {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Writes the table to {@code file}; {@code excel} puts a byte-order mark first for Excel. */
    void write(Session session, Path file, boolean excel, Consumer<String> report) {
        session.read("Writing " + file.getFileName(), p -> {
            Project.writeTable(file, header, rows, excel);
            return file;
        }, written -> report.accept("Wrote " + Plural.of(rows.size(), "row") + " to " + written), report);
    }
}
