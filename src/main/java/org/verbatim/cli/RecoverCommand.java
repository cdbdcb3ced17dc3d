package org.verbatim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.verbatim.project.Recovery;
import org.verbatim.project.Recovery.RecoveryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "recover", description = {
    "Salvage what can still be read from a damaged project into a new project, and list what was lost.",
    "Table by table and row by row; the damaged project is only read. Exits 1 when something was lost.",
    "An encrypted project is read with its password (VERBATIM_PASSWORD, or asked at the terminal) and"
        + " recovered encrypted under the same password."})
final class RecoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The damaged project folder (NAME.verbatim).")
    Path folder;

    @Option(names = "--out", required = true, paramLabel = "NEW.verbatim", description = "The new project folder to salvage into.")
    Path out;

    @Mixin
    WaitOption waiting;

    @Override
    public Integer call() {
        RecoveryReport r = Recovery.recover(folder, out, PasswordSource.forOpening(folder), Duration.ofSeconds(Math.max(0, waiting.seconds)), notice -> {
            spec.commandLine().getErr().println(notice);
            spec.commandLine().getErr().flush();
        });
        PrintWriter o = spec.commandLine().getOut();
        o.println("Recovered into " + r.folder() + ": " + r.documents() + " documents, " + r.segments() + " segments, "
                + r.memos() + " memos");
        r.tables().values().forEach(t -> {
            if (t.lost() > 0) {
                o.println("Lost from " + t.table() + ": " + t.lost() + " row" + (t.lost() == 1 ? "" : "s"));
            }
            t.problems().forEach(p -> o.println("Damaged in " + t.table() + ": " + p));
        });
        String again = r.encrypted() ? "; it stays encrypted: decrypt the recovered project (verbatim decrypt " + out
                + ") to import it again)" : "; import it again)";
        r.lostDocuments().forEach(name -> o.println("Lost document: " + name + " (its original is in "
                + out.resolve(Recovery.UNCLAIMED) + " when it had one" + again));
        r.check().problems().forEach(p -> o.println("Recovered but wrong: " + p));
        if (!r.lostAnything() && r.check().ok()) {
            o.println("Nothing was lost");
            return 0;
        }
        return 1;
    }
}
