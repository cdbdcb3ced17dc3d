package org.verbatim.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.project.ExcerptLayout;
import org.verbatim.project.ExcerptPrivacy;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Export data from a project.", subcommands = {ExportCommand.Excerpts.class, ExportCommand.Qdpx.class})
final class ExportCommand {

    @Command(name = "excerpts", description = {
        "Write coded excerpts as CSV: document, participants, their attributes,",
        "document attributes (doc_...), code path, text, start, end, coder, memo,",
        "segment_id, created - or the --columns chosen. Cells a spreadsheet would run",
        "as formulas are neutralised. When no excerpt matches, no file is written."})
    static final class Excerpts extends ProjectCommand {
        /** The character between cells. */
        enum Separator { comma, semicolon }

        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "The CSV file to write.")
        Path out;

        @Option(names = "--excel", description = "Start the file with a byte-order mark so Excel shows Cyrillic correctly.")
        boolean excel;

        @Option(names = "--separator", defaultValue = "comma", paramLabel = "SEP",
                description = "Between cells: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). semicolon is for Excel"
                        + " where the decimal separator is a comma, and always adds the byte-order mark (as --excel).")
        Separator separator;

        @Option(names = "--columns", split = ",", paramLabel = "NAME",
                description = "Exactly these columns, in this order (default: all, as above). An unknown name is"
                        + " refused with the list of this project's columns.")
        List<String> columns;

        @Option(names = "--pseudonymise", description = "Replace participant ids with stable pseudonyms (P001, ...) and"
                + " mask participants' ids, names and speaker labels wherever they appear in the text, memos and"
                + " document names.")
        boolean pseudonymise;

        @Option(names = "--mask", paramLabel = "FILE.txt", description = "Also mask these names and places: one per"
                + " line, UTF-8; 'term => replacement' chooses the replacement (default [masked]).")
        Path maskList;

        @Mixin
        ExcerptSelectionOptions selection;

        @Override
        public Integer call() {
            int n;
            try (Project p = project.open()) {
                List<String> all = p.excerptChoices().columns();
                n = p.exportExcerpts(out, selection.selection(), columns == null ? all : chosen(columns, all), layout(),
                        privacy(), Progress.NONE);
            }
            out().println("Wrote " + n + " excerpts to " + out + (pseudonymise ? ", participants pseudonymised" : "")
                    + (maskList == null ? "" : ", names from " + maskList.getFileName() + " masked"));
            return 0;
        }

        private ExcerptPrivacy privacy() {
            return new ExcerptPrivacy(pseudonymise, maskList == null ? List.of() : ExcerptPrivacy.readList(maskList));
        }

        private ExcerptLayout layout() {
            if (separator == Separator.semicolon) {
                return ExcerptLayout.EXCEL_SEMICOLON;
            }
            return excel ? ExcerptLayout.EXCEL : ExcerptLayout.UTF8;
        }

        /** The chosen columns; a repeated one is refused here so that the message, too, lists them all. */
        private static List<String> chosen(List<String> columns, List<String> all) {
            Set<String> seen = new HashSet<>();
            for (String c : columns) {
                if (!seen.add(c)) {
                    throw new CliException("--columns names '" + c + "' twice; the columns are: " + String.join(", ", all));
                }
            }
            return columns;
        }
    }

    @Command(name = "qdpx", description = {
        "Write the project as a REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder read: documents"
            + " as UTF-8 text, the codebook, coders as users, segments as coded selections (positions in Unicode code"
            + " points), participants as cases with their turns, attributes as variables, memos as notes. The file is"
            + " checked against the REFI-QDA project schema before it is written."})
    static final class Qdpx extends ProjectCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.qdpx", description = "The .qdpx file to write.")
        Path out;

        @Override
        public Integer call() {
            org.verbatim.project.RefiExchange.ExportReport r;
            try (Project p = project.open()) {
                r = p.refi().exportQdpx(out, new PrintedProgress(spec.commandLine().getErr()));
            }
            out().println("Wrote " + out + ": " + r.documents() + " documents, " + r.codes() + " codes, " + r.segments()
                    + " segments, " + r.participants() + " participants, " + r.memos() + " memos");
            return 0;
        }
    }
}
