package org.verbatim.bench;

import java.nio.file.Path;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.Project;

/**
 * A coder in a process of its own, for the fault test of {@link TeamBenchmark}: codes turn after
 * turn of a team project and prints {@code ACK id} for each coding the server has committed,
 * until it is killed.
 */
public final class TeamCoderProcess {
    private TeamCoderProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String password = args[1];
        int turns = Integer.parseInt(args[2]);
        try (Project p = Project.open(folder, password)) {
            for (int i = 0; ; i++) {
                var turn = p.document(TeamBenchmark.DOCUMENT).turns().get(i % turns);
                long id = p.code(CodingRequest.range(TeamBenchmark.DOCUMENT, "Killed/K" + (i / turns), turn.start(),
                        turn.end(), null)).segment().id();
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }
}
