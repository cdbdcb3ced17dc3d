package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.CorrectionReport;
import org.verbatim.project.Corrections;
import org.verbatim.project.Project;
import org.verbatim.project.TextEdit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", description = {
    "Correct a document's text: replace a passage (--range START:END or --quote OLD)",
    "with --text NEW. Every segment follows its words; the report says which move,",
    "shrink or grow. Segments that would lose all their words are removed only with",
    "--force (without it: exit 1, nothing saved)."})
final class EditCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "DOC", description = "Document id or name.")
    String document;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Passage passage;

    static final class Passage {
        @Option(names = "--range", paramLabel = "START:END",
                description = "Offsets [START, END) of the text to replace (START:START inserts).")
        String range;

        @Option(names = "--quote", paramLabel = "OLD", description = "The exact words to replace.")
        String quote;
    }

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of a repeated quote (1 = first).")
    Integer occurrence;

    @Option(names = "--text", required = true, paramLabel = "NEW", description = "The corrected text (\"\" deletes).")
    String text;

    @Option(names = "--force", description = "Save even when segments lose all their words (they are removed).")
    boolean force;

    @Option(names = "--dry-run", description = "Only show what the correction would do; save nothing.")
    boolean dryRun;

    @Option(names = "--editor", paramLabel = "NAME", description = "Who corrects (default: your user name).")
    String editor;

    @Option(names = "--summary", paramLabel = "TEXT", description = "What the change is, for the history (default: made from the change).")
    String summary;

    @Override
    public Integer call() {
        TextEdit edit = passage.range != null ? rangeEdit() : TextEdit.quote(passage.quote, occurrence, text);
        PrintWriter out = out();
        try (Project p = project.open()) {
            Corrections corrections = p.corrections();
            String corrected = corrections.edited(document, edit);
            return Saving.previewThenSave(out, spec.commandLine().getErr(), corrections.preview(document, corrected),
                    force, dryRun, () -> corrections.save(document, corrected, editor, summary, force));
        }
    }

    private TextEdit rangeEdit() {
        if (occurrence != null) {
            throw new CliException("--occurrence goes with --quote, not with --range");
        }
        String[] parts = passage.range.split(":");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return TextEdit.range(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), text);
        } catch (NumberFormatException e) {
            throw new CliException("--range takes START:END, two whole numbers, not '" + passage.range + "'");
        }
    }

    /** The one way both edit and import --replace save: show the effect, refuse losses without --force, save. */
    static final class Saving {
        private Saving() {
        }

        static int previewThenSave(PrintWriter out, PrintWriter err, CorrectionReport preview, boolean force,
                                   boolean dryRun, java.util.function.Supplier<CorrectionReport> save) {
            if (dryRun) {
                CorrectionPrinter.print(out, preview);
                out.println("Nothing saved (--dry-run)");
                return 0;
            }
            if (preview.losesSegments() && !force) {
                CorrectionPrinter.print(out, preview);
                int lost = preview.count(org.verbatim.project.SegmentChange.Kind.LOSES_ALL_WORDS);
                err.println("verbatim: " + lost + (lost == 1 ? " segment" : " segments") + " would lose all their"
                        + " words; nothing was saved. Run again with --force to save and remove them");
                err.flush();
                return 1;
            }
            CorrectionPrinter.print(out, save.get());
            return 0;
        }
    }
}
