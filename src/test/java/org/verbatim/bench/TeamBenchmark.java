package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.testing.CodingTeam;

/**
 * One team project on a local PostgreSQL and 8 coders at once (run with {@code mvn -B -Pbench
 * verify}), each with their own folder, index, connections and change follower, each coding 500
 * passages while reading the segment list and a cross-tab every 50 codings. Reports commits per
 * second, the latency of a coding, and how long the clients take to apply each change; checks
 * the targets, that nothing acknowledged is lost or stored twice, and that every client's index,
 * followed change by change, finds what a freshly built one finds. Then the faults: while the
 * coders go on, a ninth coder in a process of its own is killed with SIGKILL and the server is
 * restarted; the others carry on by themselves and nothing acknowledged is lost.
 * {@code -Dteam.coders=N -Dteam.passages=M} change the load.
 */
class TeamBenchmark {
    private static final int CODERS = Integer.getInteger("team.coders", 8);
    private static final int PASSAGES = Integer.getInteger("team.passages", 500);
    private static final int READ_EVERY = 50;
    private static final int TURNS = 100;
    private static final int FAULT_PASSAGES = 100;
    private static final double P99_TARGET_MS = 50;
    private static final double IN_STEP_TARGET_MS = 2000;

    @TempDir
    Path dir;

    @Test
    void eightCodersCodingAtOnceStayInStepAndLoseNothingThroughAKilledClientAndAServerRestart() throws Exception {
        try (CodingTeam team = CodingTeam.start(dir, CODERS, TURNS)) {
            CodingTeam.Results load = team.code("Bench", PASSAGES, READ_EVERY).finish();
            assertThat(load.failures()).isEmpty();
            long last = team.lead().generation();
            long t0 = System.nanoTime();
            assertThat(team.awaitInStep(last, TimeUnit.SECONDS.toNanos(10))).as("every client applied every change").isTrue();
            double lastInStep = (System.nanoTime() - t0) / 1e6;
            team.assertKept(load.acknowledged(), "Bench", CODERS * PASSAGES);
            team.assertIndexesMatchAFreshRebuild("Bench", (PASSAGES + TURNS - 1) / TURNS);
            System.out.println(String.format(Locale.ROOT, "Team project: %d coders x %d codings in %.1f s = %.0f commits/s;"
                            + " a coding's latency p50 %.1f ms, p99 %.1f ms, slowest %.1f ms (target p99 < %.0f ms);"
                            + " clients in step with the server %.0f ms later at p50, %.0f ms at p99, %.0f ms at worst"
                            + " (%d probes), %.0f ms after the last commit (target < %.0f ms)",
                    CODERS, PASSAGES, load.seconds(), load.commitsPerSecond(), load.latencyMillis(0.5),
                    load.latencyMillis(0.99), load.latencyMillis(1), P99_TARGET_MS, load.inStepMillis(0.5),
                    load.inStepMillis(0.99), load.inStepMillis(1), load.inStepNanos().length, lastInStep,
                    IN_STEP_TARGET_MS));

            // The faults, while the same coders go on coding.
            CodingTeam.OtherProcess doomed = team.codeInAnotherProcess("coder-killed", "Killed");
            doomed.awaitAcknowledged(1, 120);
            CodingTeam.Run run = team.codeWithAPause("Fault", FAULT_PASSAGES, 20, FAULT_PASSAGES / 2);
            run.awaitCommitted(CODERS * FAULT_PASSAGES / 4);
            Set<Long> killedAcks = doomed.killAfter(1, 120);
            run.awaitPaused();
            long down = System.nanoTime();
            team.server().stop();
            run.resume();
            Thread.sleep(500);
            team.server().start();
            double outage = (System.nanoTime() - down) / 1e9;
            CodingTeam.Results faults = run.finish();
            assertThat(faults.failures()).isEmpty();
            assertThat(faults.refused()).as("codings refused while the server was down, then retried").isPositive();
            assertThat(team.awaitInStep(team.lead().generation(), TimeUnit.SECONDS.toNanos(10)))
                    .as("every client applied every change after the restart").isTrue();
            Set<Long> all = new HashSet<>(faults.acknowledged());
            all.addAll(killedAcks);
            team.assertKept(all, "Fault", CODERS * FAULT_PASSAGES);
            team.assertIndexesMatchAFreshRebuild("Fault", (FAULT_PASSAGES + TURNS - 1) / TURNS);
            System.out.println(String.format(Locale.ROOT, "Faults: a coder's process killed with SIGKILL after %d"
                            + " acknowledged codings, all kept; the server restarted midway (down %.1f s): %d codings"
                            + " refused meanwhile and retried by the %d coders, %d found already committed,"
                            + " none lost or stored twice",
                    killedAcks.size(), outage, faults.refused(), CODERS, faults.foundDone()));

            assertThat(load.latencyMillis(0.99)).as("p99 of a coding, ms").isLessThan(P99_TARGET_MS);
            assertThat(load.inStepMillis(1)).as("slowest client in step, ms").isLessThan(IN_STEP_TARGET_MS);
        }
    }
}
