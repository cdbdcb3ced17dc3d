package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.verbatim.project.AtomicFile;
import org.verbatim.project.Listing;
import picocli.CommandLine.Option;

/**
 * {@code --format table|csv|json}, {@code --out FILE} and {@code --excel} for the analysis
 * commands: prints a report or writes it to a file whole. Without {@code --format}, a file
 * ending in {@code .csv} or {@code .json} gets that format.
 */
final class ReportOutput {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: table, or as --out's extension).")
    FormatOption.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path out;

    @Option(names = "--excel", description = "CSV only: start with a byte-order mark so Excel shows Cyrillic correctly.")
    boolean excel;

    /**
     * A report in the three formats: rows (one map per row, the same keys in every row) for the
     * table and CSV, a value for JSON, and lines of text around the table.
     */
    record Report(String what, List<Map<String, Object>> rows, Object json, List<String> before, List<String> after) {
        Report(String what, List<Map<String, Object>> rows, Object json) {
            this(what, rows, json, List.of(), List.of());
        }
    }

    void print(PrintWriter console, Report report) {
        FormatOption.Format chosen = chosen();
        if (excel && chosen != FormatOption.Format.csv) {
            throw new CliException("--excel applies to CSV output; add --format csv");
        }
        Listing listing = new Listing(report.rows());
        if (out == null) {
            switch (chosen) {
                case json -> console.println(Listing.json(report.json()));
                case csv -> console.print(listing.csv());
                case table -> console.print(table(report, listing));
            }
            console.flush();
            return;
        }
        AtomicFile.write(out, stream -> {
            switch (chosen) {
                case json -> stream.write((Listing.json(report.json()) + "\n").getBytes(StandardCharsets.UTF_8));
                case csv -> listing.csv(stream, excel);
                case table -> stream.write(table(report, listing).getBytes(StandardCharsets.UTF_8));
            }
            return null;
        });
        console.println("Wrote " + report.what() + " to " + out);
        console.flush();
    }

    FormatOption.Format chosen() {
        if (format != null) {
            return format;
        }
        String name = out == null || out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? FormatOption.Format.csv
                : name.endsWith(".json") ? FormatOption.Format.json : FormatOption.Format.table;
    }

    private static String table(Report report, Listing listing) {
        StringBuilder sb = new StringBuilder();
        report.before().forEach(line -> sb.append(line).append('\n'));
        sb.append(report.rows().isEmpty() ? "(none)\n" : listing.table(60));
        report.after().forEach(line -> sb.append(line).append('\n'));
        return sb.toString();
    }
}
