package org.verbatim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.verbatim.project.CheckReport;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Prove that every segment still covers the words it was made on. Exits 1 on any problem.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ProjectArg project;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = project.open()) {
            CheckReport r = p.check();
            r.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
            out.println("Checked " + r.documents() + " documents, " + r.turns() + " turns, " + r.segments() + " segments: "
                    + (r.ok() ? "all offsets point at the text they were made on" : r.problems().size() + " problems"));
            return r.ok() ? 0 : 1;
        }
    }
}
