package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.CodingTeam;

/**
 * Faults while a team codes (the quick form of the load benchmark's fault run): a coder's process
 * is killed with SIGKILL in the middle of its work and the PostgreSQL server restarts under the
 * others, who carry on by themselves; nothing the server acknowledged is lost or stored twice,
 * and every client's index ends as a fresh one.
 */
class TeamFaultTest {
    private static final int CODERS = 3;
    private static final int PASSAGES = 30;
    private static final int TURNS = 20;

    @TempDir
    Path dir;

    @Test
    void aKilledClientAndAServerRestartLoseNothingAcknowledgedAndTheOthersCarryOnByThemselves() throws Exception {
        try (CodingTeam team = CodingTeam.start(dir, CODERS, TURNS)) {
            // Killed in the middle of its work, while the others code too.
            CodingTeam.OtherProcess doomed = team.codeInAnotherProcess("coder-killed", "Killed");
            doomed.awaitAcknowledged(1, 120);
            CodingTeam.Run run = team.codeWithAPause("Fault", PASSAGES, 10, PASSAGES / 2);
            run.awaitCommitted(CODERS * PASSAGES / 4);
            Set<Long> killedAcks = doomed.killAfter(1, 120);

            // The server goes down with every coder halfway, each trying their next coding.
            run.awaitPaused();
            team.server().stop();
            run.resume();
            Thread.sleep(300);
            team.server().start();
            CodingTeam.Results results = run.finish();

            assertThat(results.failures()).isEmpty();
            assertThat(results.committed() + results.foundDone()).isEqualTo(CODERS * PASSAGES);
            assertThat(results.refused()).as("codings refused while the server was down, then retried").isPositive();
            assertThat(team.awaitInStep(team.lead().generation(), TimeUnit.SECONDS.toNanos(10)))
                    .as("every client applied every change after the restart").isTrue();
            Set<Long> acknowledged = new HashSet<>(results.acknowledged());
            acknowledged.addAll(killedAcks);
            team.assertKept(acknowledged, "Fault", CODERS * PASSAGES);
            team.assertIndexesMatchAFreshRebuild("Fault", (PASSAGES + TURNS - 1) / TURNS);
        }
    }
}
