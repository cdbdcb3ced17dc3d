package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.CheckReport;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;

@Command(name = "check", description = "Prove that every segment still covers the words it was made on. Exits 1 on any problem.")
final class CheckCommand extends ProjectCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Project p = project.open()) {
            CheckReport r = p.check();
            r.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            out.println("Checked " + r.documents() + " documents, " + r.turns() + " turns, " + r.segments() + " segments: "
                    + (r.ok() ? "all offsets point at the text they were made on" : r.problems().size() + " problems"));
            return r.ok() ? 0 : 1;
        }
    }
}
