package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.Project;
import org.verbatim.project.RefiReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", description = {
    "Add to PROJECT what OTHER (a REFI-QDA .qdpx / project.qde, or another NAME.verbatim folder) holds that PROJECT"
        + " lacks: documents matched by their text, codes by path, participants by id, coders by name. Nothing of"
        + " PROJECT is changed or removed; the merge is one transaction.",
    "Exit 0 when every coding of text came in, 1 when some could not be placed (listed)."})
final class MergeCommand extends ProjectCommand {
    @Parameters(index = "1", paramLabel = "OTHER", description = "The .qdpx, .qde or .verbatim folder to merge in.")
    Path other;

    @Option(names = "--as-coder", paramLabel = "NAME", description = "File every incoming segment under this coder.")
    String asCoder;

    @Option(names = "--dry-run", description = "Only say what would be added; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        RefiReport report;
        try (Project p = project.open()) {
            PrintedProgress progress = new PrintedProgress(spec.commandLine().getErr());
            report = dryRun ? p.refi().previewMerge(other, asCoder, progress) : p.refi().merge(other, asCoder, progress);
        }
        if (dryRun) {
            out().println("Dry run: nothing was changed. A merge would do this:");
        }
        report.lines(true).forEach(out()::println);
        return report.complete() ? 0 : 1;
    }
}
