package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.verbatim.project.ProjectEncryption;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;
import org.verbatim.project.SearchQuery;
import org.verbatim.store.KeyHeader;

/**
 * What encryption costs: the sample study built once, copied, and the copy encrypted; then, in
 * the same run and taking turns, (a) opening the project, one search and closing it, inside one
 * JVM, (b) {@code verbatim search} as a whole process (what a user waits for at the command
 * line), and (c) searches on an open project. Prints medians and the ratios, which
 * docs/performance.md quotes; the target is at most twice the plain project's time for (a) and (b).
 */
class EncryptionBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final int SEARCHES = 200;
    private static final String PASSWORD = "benchmark passphrase";
    private static final Path WORK = Path.of("target", "encryption-bench").toAbsolutePath();
    private static final List<String> QUERIES = List.of("china", "\"foreign policy\"", "sanction*", "europe AND partner");

    @Test
    void openingAndSearchingAnEncryptedProjectCostsAtMostTwicePlain() throws Exception {
        deleteTree(WORK);
        Path plain = WORK.resolve("plain.verbatim");
        Path encrypted = WORK.resolve("encrypted.verbatim");
        SampleStudy.build(plain, Progress.NONE);
        copyTree(plain, encrypted);
        long t0 = System.nanoTime();
        ProjectEncryption.encrypt(encrypted, PASSWORD, Progress.NONE);
        double encryptSeconds = (System.nanoTime() - t0) / 1e9;
        // Both indexes built and kept before timing.
        openSearchClose(plain, null);
        openSearchClose(encrypted, PASSWORD);

        List<Double> plainOpen = new ArrayList<>();
        List<Double> encryptedOpen = new ArrayList<>();
        List<Double> plainProcess = new ArrayList<>();
        List<Double> encryptedProcess = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            plainOpen.add(openSearchClose(plain, null));
            encryptedOpen.add(openSearchClose(encrypted, PASSWORD));
            plainProcess.add(process(plain, null));
            encryptedProcess.add(process(encrypted, PASSWORD));
        }
        List<Double> derivation = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long d0 = System.nanoTime();
            assertThat(KeyHeader.read(encrypted).unlock(PASSWORD.toCharArray())).isNotNull();
            derivation.add((System.nanoTime() - d0) / 1e6);
        }
        double plainSearch;
        double encryptedSearch;
        try (Project p = Project.open(plain)) {
            plainSearch = searches(p);
        }
        try (Project p = Project.open(encrypted, PASSWORD)) {
            encryptedSearch = searches(p);
        }

        double a = median(plainOpen);
        double b = median(encryptedOpen);
        double c = median(plainProcess);
        double d = median(encryptedProcess);
        System.out.println("\n== Encryption benchmark (sample study, " + RUNS + " runs each, taking turns) ==");
        System.out.printf(Locale.ROOT, "encrypting the project          %.2f s%n", encryptSeconds);
        System.out.printf(Locale.ROOT, "open + 1 search + close (JVM)   plain %.0f ms   encrypted %.0f ms   ratio %.2f%n", a, b, b / a);
        double k = median(derivation);
        System.out.printf(Locale.ROOT, "  of which deriving the key     %.0f ms (PBKDF2-HMAC-SHA256, 600,000 iterations)%n", k);
        System.out.printf(Locale.ROOT, "  without deriving the key      plain %.0f ms   encrypted %.0f ms   ratio %.2f%n", a, b - k,
                (b - k) / a);
        System.out.printf(Locale.ROOT, "verbatim search (process)       plain %.0f ms   encrypted %.0f ms   ratio %.2f%n", c, d, d / c);
        System.out.printf(Locale.ROOT, "search on an open project p50   plain %.2f ms   encrypted %.2f ms   ratio %.2f%n",
                plainSearch, encryptedSearch, encryptedSearch / plainSearch);
        System.out.printf(Locale.ROOT, "index on disk                   plain %.1f MB (index/)   encrypted %.1f MB (index.sealed)%n",
                size(plain.resolve("index")) / 1e6, size(encrypted.resolve("index.sealed")) / 1e6);
        assertThat(d / c).as("verbatim search, encrypted / plain").isLessThanOrEqualTo(2.0);
    }

    private static double openSearchClose(Path folder, String password) {
        long t0 = System.nanoTime();
        try (Project p = Project.open(folder, password)) {
            assertThat(p.search(SearchQuery.of("china"), Progress.NONE).total()).isPositive();
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double process(Path folder, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.verbatim.Launcher", "search", folder.toString(), "china")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (password != null) {
            builder.environment().put("VERBATIM_PASSWORD", password);
        }
        long t0 = System.nanoTime();
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        double ms = (System.nanoTime() - t0) / 1e6;
        assertThat(p.exitValue()).isZero();
        return ms;
    }

    private static double searches(Project p) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            long t0 = System.nanoTime();
            p.search(SearchQuery.of(QUERIES.get(i % QUERIES.size())), Progress.NONE);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        return median(times.subList(SEARCHES / 2, SEARCHES));
    }

    private static double median(List<Double> values) {
        return SearchBenchmark.percentile(values, 50);
    }

    private static long size(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return Files.size(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                if (p.getFileName().toString().equals(".lock")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
