package org.verbatim.testing;

import java.nio.file.Path;
import java.util.List;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.Project;
import org.verbatim.project.TurnView;

/**
 * A coder in a process of its own, for the fault tests ({@link CodingTeam#codeInAnotherProcess}):
 * opens a team folder and codes turn after turn, printing {@code ACK id} for each coding the
 * server has committed, until it is killed.
 * Arguments: the folder, the password, the document, the code prefix.
 */
public final class TeamCoderProcess {
    private TeamCoderProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (Project p = Project.open(Path.of(args[0]), args[1])) {
            List<TurnView> turns = p.document(args[2]).turns();
            for (int i = 0; ; i++) {
                TurnView turn = turns.get(i % turns.size());
                long id = p.code(CodingRequest.range(args[2], args[3] + "/K" + (i / turns.size()), turn.start(),
                        turn.end(), null)).segment().id();
                System.out.println("ACK " + id);
                System.out.flush();
            }
        }
    }
}
