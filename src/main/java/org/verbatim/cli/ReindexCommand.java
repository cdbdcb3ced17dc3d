package org.verbatim.cli;

import java.util.Locale;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;

@Command(name = "reindex", description = {
    "Rebuild the search index (NAME.verbatim/index/) from the project database.",
    "Searching rebuilds a missing, stale or damaged index by itself; this does it on demand."})
final class ReindexCommand extends ProjectCommand {
    @Override
    public Integer call() {
        try (Project p = project.open()) {
            long started = System.nanoTime();
            Project.IndexReport r = p.reindex(new PrintedProgress(spec.commandLine().getErr()));
            double seconds = (System.nanoTime() - started) / 1e9;
            out().println(String.format(Locale.ROOT, "Indexed %d documents (%d turns) in %.1f s; the index takes %.1f MB",
                    r.documents(), r.turns(), seconds, r.bytes() / 1e6));
        }
        return 0;
    }
}
