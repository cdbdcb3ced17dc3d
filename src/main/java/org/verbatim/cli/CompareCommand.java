package org.verbatim.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.project.AtomicFile;
import org.verbatim.project.ComparisonRequest;
import org.verbatim.project.GroupComparison;
import org.verbatim.project.GroupComparisons;
import org.verbatim.project.Listing;
import org.verbatim.project.PassageOrder;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compare", description = {
    "Groups side by side: for each code, per value of an attribute (--by), how many participants raised it"
        + " out of how many, and the passages marked as quotes or else the most typical ones (--quotes N).",
    "--mark and --unmark mark passages (segment ids) as quotes for reports; with --code they are applied first."})
final class CompareCommand extends ProjectCommand {
    enum Format { table, json, md }

    @Option(names = "--code", paramLabel = "PATH", description = "A code to compare, with its sub-codes (repeatable).")
    List<String> codes = new ArrayList<>();

    @Option(names = "--by", paramLabel = "ATTR", description = "One column per value of this attribute: a participant"
            + " attribute, else a document one; participant:ATTR or document:ATTR to choose. Without it, one column.")
    String by;

    @Option(names = "--bands", split = ",", paramLabel = "BAND",
            description = "Group a numeric attribute into bands: LOW-HIGH (both included) or LOW+, e.g. 18-24,25-29,30+.")
    List<String> bands = new ArrayList<>();

    @Option(names = "--quotes", paramLabel = "N", defaultValue = "3",
            description = "Passages shown per value: the marked quotes, or the N most typical (default: ${DEFAULT-VALUE}).")
    int quotes;

    @Option(names = "--all", description = "Show every passage of each value, in --order, instead of --quotes.")
    boolean all;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "typicality",
            description = "With --all: document, length or typicality (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--context", paramLabel = "N", defaultValue = "0",
            description = "Characters of text shown before and after each passage (default: ${DEFAULT-VALUE}).")
    int context;

    @Option(names = "--mark", paramLabel = "SEGMENT", split = ",", description = "Mark these segments as quotes.")
    List<Long> mark = new ArrayList<>();

    @Option(names = "--unmark", paramLabel = "SEGMENT", split = ",", description = "Take these segments' quote marks away.")
    List<Long> unmark = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal.")
    Path out;

    @Mixin
    AnalysisOptions.Filters filters;

    @Override
    public Integer call() {
        if (codes.isEmpty() && mark.isEmpty() && unmark.isEmpty()) {
            throw new CliException("Give a code to compare with --code PATH, or segments to mark with --mark or --unmark");
        }
        if (quotes < 0) {
            throw new CliException("--quotes takes 0 or more, not " + quotes);
        }
        PassageOrder passageOrder = PassageOrder.of(order);
        GroupComparison comparison = null;
        try (Project p = project.open()) {
            GroupComparisons comparisons = p.comparisons();
            for (long id : mark) {
                out().println((comparisons.markQuote(id) ? "Marked" : "Already marked") + " segment " + id + " as a quote");
            }
            for (long id : unmark) {
                out().println((comparisons.unmarkQuote(id) ? "Unmarked" : "Not marked:") + " segment " + id);
            }
            if (!codes.isEmpty()) {
                comparison = comparisons.compare(new ComparisonRequest(codes, by, bands, filters.filter(null),
                        passageOrder, context));
            }
        }
        if (comparison != null) {
            int shown = all ? Integer.MAX_VALUE : quotes;
            String text = switch (format) {
                case table -> ComparisonText.table(comparison, shown, all);
                case md -> ComparisonText.markdown(comparison, shown, all);
                case json -> Listing.json(ComparisonText.json(comparison, shown, all)) + "\n";
            };
            if (out == null) {
                out().print(text);
            } else {
                AtomicFile.write(out, stream -> {
                    stream.write(text.getBytes(StandardCharsets.UTF_8));
                    return null;
                });
                out().println("Wrote the comparison of " + comparison.codes().size() + " codes to " + out);
            }
        }
        out().flush();
        return 0;
    }
}
