package org.verbatim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * A team coding one team project at once on the test PostgreSQL server, for the load benchmark
 * and the fault test: a lead who imports a transcript, and coders, each a real database user
 * with a folder, connections, search index and change follower of their own, coding turn after
 * turn on threads of their own (or, to be killed, in a process of their own). It records what
 * the server acknowledged, how long each coding took, and how long the other clients took to
 * apply each change, and checks that nothing acknowledged was lost or stored twice.
 */
public final class CodingTeam implements AutoCloseable {
    public static final String DOCUMENT = "team.txt";

    private final PostgresServer server;
    private final Path dir;
    private final String url;
    private final Project lead;
    private final List<TurnView> turns;
    private final List<Member> members = new ArrayList<>();

    /** One coder's client: their project, and the newest generation their follower has applied. */
    public static final class Member implements ChangeFollower.Listener {
        final String name;
        final Project project;
        final AtomicLong seen = new AtomicLong(-1);
        ChangeFollower follower;

        Member(String name, Project project) {
            this.name = name;
            this.project = project;
        }

        @Override
        public void changed(long generation) {
            seen.accumulateAndGet(generation, Math::max);
        }

        @Override
        public void reachable(boolean reachable) {
            // The coders retry by themselves; the benchmark counts what they retried.
        }

        public Project project() {
            return project;
        }
    }

    private CodingTeam(PostgresServer server, Path dir, String url, Project lead, List<TurnView> turns) {
        this.server = server;
        this.dir = dir;
        this.url = url;
        this.lead = lead;
        this.turns = turns;
    }

    /** A lead's new team project holding one transcript of {@code turnCount} turns, and {@code coders} coders on it. */
    public static CodingTeam start(Path dir, int coders, int turnCount) throws IOException {
        PostgresServer server = PostgresServer.require();
        server.user("lead", password("lead"));
        String url = "postgresql://" + server.host() + ":" + server.port() + "/" + server.database("lead")
                + "?sslmode=disable";
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < turnCount; t++) {
            text.append("Speaker").append(t % 7).append(": In turn ").append(t)
                    .append(" we talked about Europe, partners, trade and the region.\n");
        }
        Path transcript = Files.writeString(dir.resolve(DOCUMENT), text);
        Project lead = TeamProjects.create(dir.resolve("lead.verbatim"), url, "lead", null, password("lead"));
        lead.importFiles(new ImportRequest(List.of(transcript), Map.of("format", "interview"), null, null, "en"),
                Progress.NONE);
        CodingTeam team = new CodingTeam(server, dir, url, lead, lead.document(DOCUMENT).turns());
        for (int i = 1; i <= coders; i++) {
            Member m = new Member("coder" + i, team.join("coder" + i));
            m.follower = m.project.followChanges(m);
            team.members.add(m);
        }
        return team;
    }

    static String password(String user) {
        return user + "-pw";
    }

    private Project join(String user) {
        server.user(user, password(user));
        return TeamProjects.join(dir.resolve(user + ".verbatim"), url, user, null, password(user));
    }

    public PostgresServer server() {
        return server;
    }

    public Project lead() {
        return lead;
    }

    public List<Member> members() {
        return members;
    }

    /** The code a coder applies at their {@code k}th coding, and the turn they apply it to: every coder codes alike. */
    private CodingRequest request(String codePrefix, int k) {
        TurnView turn = turns.get(k % turns.size());
        return CodingRequest.range(DOCUMENT, codePrefix + "/K" + (k / turns.size()), turn.start(), turn.end(), null);
    }

    /** What a run of codings gave. */
    public record Results(Set<Long> acknowledged, long[] latencyNanos, int committed, int refused, int foundDone,
                          double seconds, long[] inStepNanos, List<Throwable> failures) {
        /** The {@code q} quantile (0..1) of the codings' latency, in milliseconds. */
        public double latencyMillis(double q) {
            return quantile(latencyNanos, q) / 1e6;
        }

        /** The {@code q} quantile of how long the clients took to apply a change, in milliseconds. */
        public double inStepMillis(double q) {
            return quantile(inStepNanos, q) / 1e6;
        }

        public double commitsPerSecond() {
            return committed / seconds;
        }

        private static double quantile(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(sorted.length * q))];
        }
    }

    /** Codings under way: each coder on a thread of their own, and a probe timing how long the clients lag. */
    public final class Run {
        private final List<Thread> threads = new ArrayList<>();
        private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        private final List<long[]> latencies = new ArrayList<>();
        private final List<Long> inStep = new CopyOnWriteArrayList<>();
        private final AtomicInteger committed = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger foundDone = new AtomicInteger();
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();
        private final Thread probe;
        private final long start = System.nanoTime();
        private final int pauseAfter;
        private final CountDownLatch paused;
        private final CountDownLatch resumed = new CountDownLatch(1);
        private volatile boolean probing = true;

        Run(String codePrefix, int passagesEach, int readEvery, int pauseAfter) {
            this.pauseAfter = pauseAfter;
            this.paused = new CountDownLatch(members.size());
            for (Member m : members) {
                long[] mine = new long[passagesEach];
                latencies.add(mine);
                Thread t = new Thread(() -> codeAll(m.project, codePrefix, passagesEach, readEvery, mine), m.name);
                threads.add(t);
            }
            threads.forEach(Thread::start);
            probe = new Thread(this::probe, "in-step probe");
            probe.setDaemon(true);
            probe.start();
        }

        private void codeAll(Project p, String codePrefix, int passages, int readEvery, long[] latency) {
            try {
                for (int k = 0; k < passages; k++) {
                    if (k == pauseAfter) {
                        paused.countDown();
                        resumed.await();
                    }
                    CodingRequest request = request(codePrefix, k);
                    while (true) {
                        long t0 = System.nanoTime();
                        try {
                            acknowledged.add(p.code(request).segment().id());
                            latency[k] = System.nanoTime() - t0;
                            committed.incrementAndGet();
                            break;
                        } catch (ProjectException e) {
                            if (e.getMessage().contains("already coded")) {
                                // The commit reached the server, its answer did not: done, but never acknowledged.
                                latency[k] = -1;
                                foundDone.incrementAndGet();
                                break;
                            }
                            if (!e.getMessage().contains("cannot be reached")) {
                                throw e;
                            }
                            refused.incrementAndGet();
                            Thread.sleep(100);
                        }
                    }
                    if (readEvery > 0 && k % readEvery == readEvery - 1) {
                        readAsACoderDoes(p);
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        }

        /**
         * Every 200 ms: the generation the server is at, and how long until every client has
         * applied it. Moments when the server cannot be reached are skipped.
         */
        private void probe() {
            while (probing) {
                try {
                    long t0 = System.nanoTime();
                    long generation = lead.generation();
                    if (awaitInStep(generation, TimeUnit.SECONDS.toNanos(30))) {
                        inStep.add(System.nanoTime() - t0);
                    }
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    sleepQuietly();
                }
            }
        }

        /** Waits until every coder has paused midway (see {@link #codeWithAPause}). */
        public void awaitPaused() throws InterruptedException {
            assertThat(paused.await(10, TimeUnit.MINUTES)).as("every coder reached the pause").isTrue();
        }

        /** Lets the coders go on from the pause: each tries its next coding at once. */
        public void resume() {
            resumed.countDown();
        }

        /** Waits until {@code total} codings have committed or a coder failed. */
        public void awaitCommitted(int total) throws InterruptedException {
            while (committed.get() < total && failures.isEmpty() && threads.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(10);
            }
        }

        /** Waits for every coder to finish, and for the clients to apply the last change. */
        public Results finish() throws InterruptedException {
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            probing = false;
            probe.interrupt();
            probe.join();
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
            long[] lags = inStep.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Results(Set.copyOf(acknowledged), all, committed.get(), refused.get(), foundDone.get(), seconds,
                    lags, List.copyOf(failures));
        }
    }

    /** Starts every coder coding {@code passagesEach} passages with codes under {@code codePrefix}, reading every {@code readEvery}. */
    public Run code(String codePrefix, int passagesEach, int readEvery) {
        return new Run(codePrefix, passagesEach, readEvery, -1);
    }

    /**
     * As {@link #code}, but every coder stops before their {@code pauseAfter}th coding until
     * {@link Run#resume}: a fault can then be made while they are all in the middle of their work,
     * each trying their next coding right into it, whatever the machine's speed.
     */
    public Run codeWithAPause(String codePrefix, int passagesEach, int readEvery, int pauseAfter) {
        return new Run(codePrefix, passagesEach, readEvery, pauseAfter);
    }

    /** What a coder reads between codings: the segment list and a cross-tab; read again once the server is back. */
    private static void readAsACoderDoes(Project p) throws InterruptedException {
        while (true) {
            try {
                p.segments(SegmentFilter.ALL);
                p.crosstab(CrossTabRequest.byAttribute("format", Unit.SEGMENTS, false));
                return;
            } catch (ProjectException e) {
                if (!e.getMessage().contains("cannot be reached")) {
                    throw e;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every client has applied {@code generation}; false when {@code timeoutNanos} passed first. */
    public boolean awaitInStep(long generation, long timeoutNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        for (Member m : members) {
            while (m.seen.get() < generation) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(2);
            }
        }
        return true;
    }

    /** A coder in a process of its own, coding with codes under {@code codePrefix} until killed. */
    public final class OtherProcess {
        private final Process process;
        private final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        private final Thread reader;

        OtherProcess(String user, String codePrefix) throws IOException {
            join(user).close();
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), TeamCoderProcess.class.getName(),
                    dir.resolve(user + ".verbatim").toString(), password(user), DOCUMENT, codePrefix)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            reader = new Thread(this::readAcks, user + " acknowledgements");
            reader.setDaemon(true);
            reader.start();
        }

        private void readAcks() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        acknowledged.add(Long.parseLong(line.substring(4)));
                    }
                }
            } catch (IOException e) {
                // The process was killed: what it acknowledged before is what counts.
            }
        }

        /** Waits until the process has acknowledged {@code count} codings (it has started and is at work). */
        public void awaitAcknowledged(int count, long timeoutSeconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (acknowledged.size() < count && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(acknowledged).as("codings the other process acknowledged").hasSizeGreaterThanOrEqualTo(count);
        }

        /** Waits until the process has acknowledged {@code count} codings, then kills it with SIGKILL. */
        public Set<Long> killAfter(int count, long timeoutSeconds) throws InterruptedException {
            awaitAcknowledged(count, timeoutSeconds);
            // Process.destroyForcibly sends SIGKILL on Linux: no shutdown hook, no closing of connections.
            process.destroyForcibly().waitFor();
            reader.join(5000);
            assertThat(acknowledged).as("codings the killed process acknowledged").hasSizeGreaterThanOrEqualTo(count);
            return Set.copyOf(acknowledged);
        }
    }

    /** Starts a coder named {@code user} in a process of its own. */
    public OtherProcess codeInAnotherProcess(String user, String codePrefix) throws IOException {
        return new OtherProcess(user, codePrefix);
    }

    /**
     * Checks on the server that every acknowledged coding is kept, that no coder's coding is
     * stored twice, and that {@code expected} codings carry a code under {@code codePrefix}.
     */
    public void assertKept(Set<Long> acknowledged, String codePrefix, int expected) {
        List<SegmentView> all = lead.segments(SegmentFilter.ALL);
        Set<Long> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (SegmentView s : all) {
            ids.add(s.id());
            keys.add(s.documentId() + "/" + s.codeId() + "/" + s.coder() + "/" + s.start() + "/" + s.end());
        }
        assertThat(ids).as("every acknowledged coding is kept").containsAll(acknowledged);
        assertThat(keys).as("no coding stored twice").hasSize(all.size());
        assertThat(all.stream().filter(s -> s.code().startsWith(codePrefix + " / "))).hasSize(expected);
    }

    /** Checks that every client's index, followed change by change, finds what a freshly built one finds. */
    public void assertIndexesMatchAFreshRebuild(String codePrefix, int codes) {
        try (Project fresh = TeamProjects.join(dir.resolve("fresh" + System.nanoTime() + ".verbatim"), url, "lead",
                null, password("lead"))) {
            List<SearchQuery> queries = new ArrayList<>();
            for (int k = 0; k < codes; k++) {
                queries.add(SearchQuery.of("code:\"" + codePrefix + "/K" + k + "\""));
            }
            queries.add(SearchQuery.of("europe"));
            for (SearchQuery q : queries) {
                long expected = fresh.search(q, Progress.NONE).turns();
                assertThat(expected).as("a fresh index finds %s", q).isPositive();
                for (Member m : members) {
                    List<String> rebuilt = new CopyOnWriteArrayList<>();
                    long found = m.project.search(q, new Progress() {
                        @Override
                        public void update(long done, long total, String message) {
                            rebuilt.add(message);
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    }).turns();
                    assertThat(found).as("%s's index finds %s", m.name, q).isEqualTo(expected);
                    assertThat(rebuilt).as("%s's index was followed, not rebuilt", m.name).isEmpty();
                }
            }
        }
    }

    @Override
    public void close() {
        for (Member m : members) {
            m.follower.close();
            m.project.close();
        }
        lead.close();
    }
}
