package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import org.verbatim.project.RefiExchange;
import org.verbatim.project.RefiReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "new", description = {"Create a new, empty project folder, or (with --from) a project holding",
    "what a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA or QualCoder holds.",
    "With --from: exit 0 when every coding of text came in, 1 when some could not be placed (listed)."})
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The folder to create, e.g. study.verbatim.")
    Path folder;

    @Option(names = "--from", paramLabel = "FILE.qdpx", description = "A REFI-QDA project (.qdpx, or a bare project.qde)"
            + " to fill the new project from. If it cannot be read, no project folder is left behind.")
    Path from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (from != null) {
            RefiReport report = RefiExchange.createProject(folder, from, new PrintedProgress(spec.commandLine().getErr()));
            out.println("Created project in " + folder.toAbsolutePath());
            report.lines(false).forEach(out::println);
            return report.complete() ? 0 : 1;
        }
        try (Project p = Project.create(folder)) {
            out.println("Created project " + p.name() + " in " + p.folder().toAbsolutePath());
        }
        return 0;
    }
}
