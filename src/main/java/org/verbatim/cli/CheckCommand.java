package org.verbatim.cli;

import java.io.PrintWriter;
import org.verbatim.project.CheckReport;
import org.verbatim.project.DamagedProjectException;
import org.verbatim.project.Project;
import picocli.CommandLine.Command;

@Command(name = "check", description = {"Read the whole database through (every row of every table, every page of its"
        + " storage) and prove that every segment still covers the words it was made on.",
    "Exits 1 on any problem. A damaged database is reported with how to salvage it (recover) or restore a backup;"
        + " no command writes to it any more."})
final class CheckCommand extends ProjectCommand {
    @Override
    public Integer call() {
        PrintWriter out = out();
        try (Project p = project.open()) {
            CheckReport r = p.check();
            PrintWriter err = spec.commandLine().getErr();
            r.damage().forEach(damage -> err.println("Cannot read: " + damage));
            r.problems().forEach(err::println);
            if (r.damaged()) {
                out.println("The database project.mv.db is damaged: " + r.damage().size() + " part"
                        + (r.damage().size() == 1 ? "" : "s") + " cannot be read; nothing more is written to it. "
                        + DamagedProjectException.waysOn(p.folder()));
                return 1;
            }
            out.println("Checked " + r.documents() + " documents, " + r.turns() + " turns, "
                    + r.segments() + " segments: "
                    + (r.ok() ? "all offsets point at the text they were made on" : r.problems().size() + " problems"));
            return r.ok() ? 0 : 1;
        }
    }
}
