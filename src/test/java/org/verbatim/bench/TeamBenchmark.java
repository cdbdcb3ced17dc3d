package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.ChangeFollower;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectException;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import org.verbatim.project.TeamProjects;
import org.verbatim.project.TurnView;
import org.verbatim.testing.PostgresServer;

/**
 * One team project on a local PostgreSQL, 8 coders at once (run with {@code mvn -B -Pbench
 * verify}): each on its own connections and folder, coding 500 passages while reading segment
 * lists and cross-tabs, and following the others' changes. Midway the server is restarted, and
 * a ninth coder in a process of its own is killed with SIGKILL while it codes. Reports commits
 * per second, the latency of a coding, how long until every client has seen every change; checks
 * that no acknowledged coding is lost or duplicated and that every client's index finds what a
 * fresh rebuild finds.
 */
class TeamBenchmark {
    static final String DOCUMENT = "bench.txt";
    private static final int CODERS = 8;
    private static final int PASSAGES = 500;
    private static final int TURNS = 100;

    @TempDir
    Path dir;

    /** A client's view of the feed: the newest generation its follower has applied, and when. */
    private static final class Seen implements ChangeFollower.Listener {
        final AtomicLong generation = new AtomicLong(-1);
        final AtomicLong at = new AtomicLong();

        @Override
        public void changed(long g) {
            generation.set(g);
            at.set(System.nanoTime());
        }

        @Override
        public void reachable(boolean reachable) {
        }
    }

    @Test
    void eightCodersCodingAtOnceWithAServerRestartAndAKilledClient() throws Exception {
        PostgresServer server = PostgresServer.require();
        server.user("lead", "lead-pw");
        for (int i = 1; i <= CODERS + 1; i++) {
            server.user("coder" + i, "coder" + i + "-pw");
        }
        String url = "postgresql://127.0.0.1:" + server.port() + "/" + server.database("lead") + "?sslmode=disable";
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < TURNS; t++) {
            text.append("Speaker").append(t % 7).append(": In turn ").append(t)
                    .append(" we talked about Europe, partners, trade and the region.\n");
        }
        Path transcript = Files.writeString(dir.resolve(DOCUMENT), text);
        try (Project lead = TeamProjects.create(dir.resolve("lead.verbatim"), url, "lead", null, "lead-pw")) {
            lead.importFiles(new ImportRequest(List.of(transcript), Map.of("format", "interview"), null, null, "en"),
                    Progress.NONE);
            List<TurnView> turns = lead.document(DOCUMENT).turns();

            List<Project> clients = new ArrayList<>();
            List<Seen> seen = new ArrayList<>();
            List<ChangeFollower> followers = new ArrayList<>();
            for (int i = 1; i <= CODERS; i++) {
                Project p = TeamProjects.join(dir.resolve("coder" + i + ".verbatim"), url, "coder" + i, null,
                        "coder" + i + "-pw");
                Seen s = new Seen();
                clients.add(p);
                seen.add(s);
                followers.add(p.followChanges(s));
            }
            Path killedFolder = dir.resolve("coder9.verbatim");
            TeamProjects.join(killedFolder, url, "coder9", null, "coder9-pw").close();

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger refusedWhileDown = new AtomicInteger();
            AtomicInteger committed = new AtomicInteger();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CODERS; c++) {
                Project p = clients.get(c);
                Thread t = new Thread(() -> {
                    try {
                        for (int k = 0; k < PASSAGES; k++) {
                            TurnView turn = turns.get(k % TURNS);
                            CodingRequest request = CodingRequest.range(DOCUMENT, "Bench/K" + (k / TURNS), turn.start(),
                                    turn.end(), null);
                            while (true) {
                                long t0 = System.nanoTime();
                                try {
                                    acknowledged.add(p.code(request).segment().id());
                                    latencies.add(System.nanoTime() - t0);
                                    committed.incrementAndGet();
                                    break;
                                } catch (ProjectException e) {
                                    if (e.getMessage().contains("already coded")) {
                                        break; // committed just before the connection dropped
                                    }
                                    refusedWhileDown.incrementAndGet();
                                    Thread.sleep(100);
                                }
                            }
                            if (k % 50 == 0) {
                                readWhileCoding(p);
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }

            // A ninth coder in its own process, killed with SIGKILL in the middle of its work.
            Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), TeamCoderProcess.class.getName(),
                    killedFolder.toString(), "coder9-pw", String.valueOf(TURNS)).redirectErrorStream(false).start();
            Set<Long> killedAcks = new HashSet<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(killed.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while (killedAcks.size() < 40 && (line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        killedAcks.add(Long.parseLong(line.substring(4)));
                    }
                }
                killed.destroyForcibly().waitFor();
            }

            // The server restarts while the others code.
            while (committed.get() < CODERS * PASSAGES / 2 && failures.isEmpty()) {
                Thread.sleep(20);
            }
            long down = System.nanoTime();
            server.stop();
            Thread.sleep(500);
            server.start();
            double outage = (System.nanoTime() - down) / 1e9;

            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(failures).isEmpty();
            long lastCommit = System.nanoTime();
            long finalGeneration = lead.generation();
            long inStep = 0;
            for (Seen s : seen) {
                long waitedUntil = System.nanoTime() + 10_000_000_000L;
                while (s.generation.get() < finalGeneration && System.nanoTime() < waitedUntil) {
                    Thread.sleep(10);
                }
                assertThat(s.generation.get()).as("a client saw every change").isGreaterThanOrEqualTo(finalGeneration);
                inStep = Math.max(inStep, Math.max(0, s.at.get() - lastCommit));
            }

            // Nothing acknowledged lost, nothing duplicated.
            List<SegmentView> all = lead.segments(SegmentFilter.ALL);
            Set<Long> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            for (SegmentView s : all) {
                ids.add(s.id());
                keys.add(s.documentId() + "/" + s.codeId() + "/" + s.coder() + "/" + s.start() + "/" + s.end());
            }
            assertThat(ids).containsAll(acknowledged).containsAll(killedAcks);
            assertThat(keys).hasSize(all.size());
            assertThat(all.stream().filter(s -> s.code().startsWith("Bench"))).hasSize(CODERS * PASSAGES);

            // Every client's index, followed incrementally, finds what a fresh rebuild finds.
            try (Project fresh = TeamProjects.join(dir.resolve("fresh.verbatim"), url, "lead", null, "lead-pw")) {
                for (int k = 0; k < PASSAGES / TURNS; k++) {
                    SearchQuery q = SearchQuery.of("code:\"Bench/K" + k + "\"");
                    long expected = fresh.search(q, Progress.NONE).turns();
                    for (Project p : clients) {
                        assertThat(p.search(q, Progress.NONE).turns()).isEqualTo(expected);
                    }
                }
            }
            for (ChangeFollower f : followers) {
                f.close();
            }
            for (Project p : clients) {
                p.close();
            }

            Collections.sort(latencies);
            double p50 = latencies.get(latencies.size() / 2) / 1e6;
            double p99 = latencies.get((int) (latencies.size() * 0.99)) / 1e6;
            System.out.println(String.format(Locale.ROOT, "Team project: %d coders x %d codings in %.1f s = %.0f commits/s;"
                            + " coding latency p50 %.1f ms, p99 %.1f ms (target p99 < 50 ms); every client in step %.0f ms"
                            + " after the last commit (target < 2000 ms); server restarted midway (down %.1f s,"
                            + " %d codings refused meanwhile and retried); a killed client's %d acknowledged codings all kept",
                    CODERS, PASSAGES, seconds, committed.get() / seconds, p50, p99, inStep / 1e6, outage,
                    refusedWhileDown.get(), killedAcks.size()));
        }
    }

    /** What a coder reads between codings: the segment list and a cross-tab. */
    private static void readWhileCoding(Project p) throws InterruptedException {
        while (true) {
            try {
                p.segments(SegmentFilter.ALL);
                p.crosstab(CrossTabRequest.byAttribute("format", Unit.SEGMENTS, false));
                return;
            } catch (RuntimeException e) {
                Thread.sleep(100); // the server is restarting: read again when it is back
            }
        }
    }
}
