package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Start-up as a user meets it, timed as whole processes from launch: (a) {@code verbatim docs}
 * on the sample study, (b) the window until the start screen is drawn, (c) the window until
 * the last project's last document is drawn; for the jar ({@code java -jar target/verbatim.jar})
 * and, when it has been built ({@code -Pinstaller}), for the installed image's launcher.
 * The window writes a mark when a milestone's frame is laid out (VERBATIM_STARTUP_MARKS=FILE);
 * it runs on the display in DISPLAY, or on an Xvfb this benchmark starts. Prints medians.
 */
class StartupBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final long MARK_TIMEOUT_SECONDS = 120;
    private static final Path WORK = Path.of("target", "startup-bench").toAbsolutePath();
    private static Process xvfb;
    private static String display;

    @BeforeAll
    static void display() throws IOException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            display = existing;
            return;
        }
        // -displayfd: Xvfb picks a free display number and writes it, so parallel builds do not collide.
        xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x720x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8));
        display = ":" + out.readLine().trim();
    }

    @AfterAll
    static void stopDisplay() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    @Test
    void startUp() throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/verbatim.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "build the jar first: mvn -B package -DskipTests");
        List<Launch> launches = new ArrayList<>();
        launches.add(new Launch("jar", List.of(javaCommand(), "-jar", jar.toAbsolutePath().toString())));
        String before = System.getProperty("bench.beforeJar");
        if (before != null) {
            launches.add(0, new Launch("jar before", List.of(javaCommand(), "-jar", Path.of(before).toAbsolutePath().toString())));
        }
        Path image = Path.of(System.getProperty("bench.image", "target/installer/image/Verbatim/bin/Verbatim")).toAbsolutePath();
        if (Files.isExecutable(image)) {
            launches.add(new Launch("installed image", List.of(image.toString())));
        }
        StringBuilder report = new StringBuilder("== Start-up benchmark ==\n");
        report.append(String.format(Locale.ROOT, "load average before: %s; %d runs each, interleaved; median (slowest)%n", load(), RUNS));
        List<Path> homes = new ArrayList<>();
        for (Launch launch : launches) {
            Path home = WORK.resolve(launch.name.replace(' ', '-'));
            deleteTree(home);
            Files.createDirectories(home);
            assertThat(run(launch, home, "demo", home.resolve("Sample study.verbatim").toString())).isZero();
            homes.add(home);
        }
        // Each round starts every launch once, so a change in the machine's load falls on all of them alike.
        List<Figures> version = time(launches, i -> timeCommand(launches.get(i), homes.get(i), "--version"));
        List<Figures> docs = time(launches, i -> timeCommand(launches.get(i), homes.get(i), "docs", project(homes.get(i))));
        List<Figures> window = time(launches, i -> timeWindow(launches.get(i), homes.get(i), null, "window"));
        List<Figures> document = time(launches, i -> timeWindow(launches.get(i), homes.get(i),
                Path.of(project(homes.get(i))), "document"));
        for (int i = 0; i < launches.size(); i++) {
            report.append(String.format(Locale.ROOT, "%-16s --version %s   docs %s   window %s   last project's document %s%n",
                    launches.get(i).name, version.get(i), docs.get(i), window.get(i), document.get(i)));
        }
        report.append("load average after: ").append(load()).append('\n');
        System.out.print(report);
    }

    private static String project(Path home) {
        return home.resolve("Sample study.verbatim").toString();
    }

    private record Launch(String name, List<String> command) {
        List<String> with(Path home, String... args) {
            List<String> all = new ArrayList<>(command);
            all.addAll(Arrays.asList(args));
            return all;
        }
    }

    private record Figures(double median, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%5.0f ms (%5.0f)", median, max);
        }
    }

    @FunctionalInterface
    private interface Timed {
        double ms(int launch) throws Exception;
    }

    private static List<Figures> time(List<Launch> launches, Timed timed) throws Exception {
        double[][] ms = new double[launches.size()][RUNS];
        for (int i = 0; i < launches.size(); i++) {
            timed.ms(i); // warms the disk cache, as a second start would find it
        }
        for (int run = 0; run < RUNS; run++) {
            for (int i = 0; i < launches.size(); i++) {
                ms[i][run] = timed.ms(i);
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (double[] one : ms) {
            Arrays.sort(one);
            figures.add(new Figures(one[RUNS / 2], one[RUNS - 1]));
        }
        return figures;
    }

    private static ProcessBuilder builder(Launch launch, Path home, String... args) {
        ProcessBuilder b = new ProcessBuilder(launch.with(home, args));
        // The user's folder (log, preferences) inside target/, set the same way for the jar and the image's launcher.
        b.environment().put("JAVA_TOOL_OPTIONS", "-Dverbatim.home=" + home);
        b.environment().put("DISPLAY", display);
        b.environment().put("VERBATIM_STARTUP_MARKS", home.resolve("marks.txt").toString());
        return b;
    }

    private static int run(Launch launch, Path home, String... args) throws IOException, InterruptedException {
        Process p = builder(launch, home, args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private static double timeCommand(Launch launch, Path home, String... args) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        int exit = run(launch, home, args);
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(exit).as("exit code of %s %s", launch.name, String.join(" ", args)).isZero();
        return ms;
    }

    /** Starts the window (reopening {@code project} at its first document, or on the start screen) and waits for the mark. */
    private static double timeWindow(Launch launch, Path home, Path project, String mark) throws IOException, InterruptedException {
        String last = project == null ? "null" : '"' + project.toString().replace("\\", "\\\\") + '"';
        String lastDocument = project == null ? "null" : "1";
        String recent = project == null ? "[]" : "[" + last + "]";
        Files.writeString(home.resolve("preferences.json"), "{\"width\":1200,\"height\":700,\"recentProjects\":" + recent
                + ",\"lastProject\":" + last + ",\"lastDocument\":" + lastDocument + "}");
        Path marks = home.resolve("marks.txt");
        Files.deleteIfExists(marks);
        long t0 = System.nanoTime();
        Process p = builder(launch, home).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = t0 + TimeUnit.SECONDS.toNanos(MARK_TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                if (Files.exists(marks) && Files.readAllLines(marks).contains(mark)) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                if (!p.isAlive()) {
                    throw new AssertionError(launch.name + " ended without drawing '" + mark + "' (exit " + p.exitValue() + ")");
                }
                Thread.sleep(5);
            }
            throw new AssertionError(launch.name + ": no mark '" + mark + "' within " + MARK_TIMEOUT_SECONDS + " s");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
