package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.verbatim.project.Listing;
import picocli.CommandLine.Option;

/** {@code --format table|csv|json} for every listing. */
final class FormatOption {
    enum Format { table, csv, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    /** Prints rows in the chosen format; {@code jsonValue} replaces the rows for JSON when not null. */
    void print(PrintWriter out, List<Map<String, Object>> rows, Object jsonValue) {
        Listing listing = new Listing(rows);
        switch (format) {
            case json -> out.println(Listing.json(jsonValue == null ? rows : jsonValue));
            case csv -> out.print(listing.csv());
            case table -> {
                if (rows.isEmpty()) {
                    out.println("(none)");
                } else {
                    out.print(listing.table(60));
                }
            }
        }
        out.flush();
    }
}
