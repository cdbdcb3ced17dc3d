package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ImportReport;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SearchResults;

/**
 * Import and search at scale: generates a synthetic corpus ({@code -Dbench.transcripts},
 * default 2,000, of {@code -Dbench.words} words each, default 8,000), imports it through the
 * facade (the index follows the import), rebuilds the index once on its own, then times a fixed
 * mix of queries with keyword-in-context lines for the top 100 hits, and the same queries as a
 * regex scan of every document's text. Prints one table; at the full default size it also
 * holds the targets of docs/performance.md. Run with {@code mvn -B -Pbench verify}.
 */
class SearchBenchmark {
    private static final int TRANSCRIPTS = Integer.getInteger("bench.transcripts", 2000);
    private static final int WORDS = Integer.getInteger("bench.words", 8000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int BASELINE_ROUNDS = Integer.getInteger("bench.baselineRounds", 3);
    /** Rounds of the mix run before timing, so the JIT has compiled the search path. */
    private static final int WARM_UP_ROUNDS = 20;
    private static final long FULL_SIZE_WORDS = 16_000_000L;
    private static final int LIMIT = 100;
    private static final int CONTEXT = 40;

    /** One query of the mix, as the index gets it and as the baseline's regex. */
    record BenchQuery(String kind, String lucene, String city, Pattern regex) {
        static BenchQuery of(String kind, String lucene, String city, String regex) {
            return new BenchQuery(kind, lucene, city, Pattern.compile(regex,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE));
        }
    }

    static final List<BenchQuery> MIX = List.of(
            BenchQuery.of("term", "china", null, "\\bchina\\b"),
            BenchQuery.of("term", "sanctions", null, "\\bsanctions\\b"),
            BenchQuery.of("term", "санкции", null, "(?U)\\bсанкции\\b"),
            BenchQuery.of("phrase", "\"foreign policy\"", null, "\\bforeign\\s+policy\\b"),
            BenchQuery.of("phrase", "\"мягкая сила\"", null, "(?U)\\bмягкая\\s+сила\\b"),
            BenchQuery.of("proximity", "\"soft power\"~3", null, "\\bsoft\\W+(?:\\w+\\W+){0,3}?power\\b"),
            BenchQuery.of("boolean", "china AND partner", null, "^(?=.*\\bchina\\b)(?=.*\\bpartner\\b).*$"),
            BenchQuery.of("boolean", "europe NOT sanctions", null, "^(?=.*\\beurope\\b)(?!.*\\bsanctions\\b).*$"),
            BenchQuery.of("wildcard", "sanction*", null, "\\bsanction\\w*"),
            BenchQuery.of("wildcard", "диплом*", null, "(?U)\\bдиплом\\w*"),
            BenchQuery.of("filtered", "china", "Tomsk", "\\bchina\\b"),
            BenchQuery.of("filtered", "\"foreign ministry\"", "Petrozavodsk", "\\bforeign\\s+ministry\\b"));

    @Test
    void importIndexAndSearchAtScale() throws IOException {
        Path root = Path.of("target", "bench");
        deleteTree(root);
        Files.createDirectories(root);
        SyntheticCorpus.Written corpus = new SyntheticCorpus(TRANSCRIPTS, WORDS).write(root.resolve("corpus"));
        List<String> table = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        boolean fullSize = corpus.words() >= FULL_SIZE_WORDS;
        try (HeapSampler heap = new HeapSampler()) {
            Path folder = root.resolve("bench.verbatim");
            long started;
            double importSeconds;
            double rebuildSeconds;
            Project.IndexReport indexed;
            List<Double> latencies = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            List<String> samples = new ArrayList<>();
            try (Project project = Project.create(folder)) {
                project.importParticipants(corpus.participants(), Map.of());
                started = System.nanoTime();
                ImportReport report = project.importFiles(new ImportRequest(List.of(corpus.transcripts()), Map.of(),
                        corpus.documents(), null, null), Progress.NONE);
                importSeconds = (System.nanoTime() - started) / 1e9;
                assertThat(report.refused()).isEmpty();
                assertThat(report.imported()).hasSize(TRANSCRIPTS);

                started = System.nanoTime();
                indexed = project.reindex(Progress.NONE);
                rebuildSeconds = (System.nanoTime() - started) / 1e9;

                for (int warm = 0; warm < WARM_UP_ROUNDS; warm++) {
                    MIX.forEach(q -> search(project, q));
                }
                for (int round = 0; round < ROUNDS; round++) {
                    for (BenchQuery q : MIX) {
                        long t0 = System.nanoTime();
                        SearchResults r = search(project, q);
                        latencies.add((System.nanoTime() - t0) / 1e6);
                        if (round == 0) {
                            samples.add(String.format(Locale.ROOT, "%-10s %-26s %8d hits in %7d turns; first: %s",
                                    q.kind(), q.lucene() + (q.city() == null ? "" : " [city=" + q.city() + "]"),
                                    r.total(), r.turns(), r.hits().isEmpty() ? "-" : oneLine(r.hits().get(0).before()
                                            + "[" + r.hits().get(0).matched() + "]" + r.hits().get(0).after())));
                            assertThat(r.hits()).hasSize((int) Math.min(LIMIT, r.total()));
                        }
                    }
                }
                List<RegexScan.Text> texts = new ArrayList<>();
                for (DocumentSummary d : project.documents()) {
                    texts.add(new RegexScan.Text(d.attributes().get("city"), project.document(Long.toString(d.id())).text()));
                }
                for (int round = 0; round < BASELINE_ROUNDS; round++) {
                    for (BenchQuery q : MIX) {
                        long t0 = System.nanoTime();
                        RegexScan.Found found = RegexScan.scan(texts, q.regex(), q.city(), LIMIT, CONTEXT);
                        baseline.add((System.nanoTime() - t0) / 1e6);
                        assertThat(found.lines()).isNotEmpty();
                    }
                }
            }
            long indexBytes = sizeOf(folder.resolve("index"));
            double p50 = percentile(latencies, 50);
            double p95 = percentile(latencies, 95);
            double p99 = percentile(latencies, 99);
            double b50 = percentile(baseline, 50);
            long peak = heap.peakBytes();

            table.add(String.format(Locale.ROOT, "corpus                %,d transcripts x %,d words = %,d words, %.1f MB of text,"
                    + " %,d turns", TRANSCRIPTS, WORDS, corpus.words(), corpus.bytes() / 1e6, indexed.turns()));
            table.add(String.format(Locale.ROOT, "import + indexing     %.1f s  (%,.0f words/s)", importSeconds,
                    corpus.words() / importSeconds));
            table.add(String.format(Locale.ROOT, "index rebuild alone   %.1f s  (%,.0f words/s)", rebuildSeconds,
                    corpus.words() / rebuildSeconds));
            table.add(String.format(Locale.ROOT, "index on disk         %.1f MB (%.2f x the text)", indexBytes / 1e6,
                    (double) indexBytes / corpus.bytes()));
            table.add(String.format(Locale.ROOT, "peak heap             %.0f MB of %.0f MB", peak / 1e6,
                    HeapSampler.maxHeapBytes() / 1e6));
            table.add(String.format(Locale.ROOT, "search (top %d KWIC)  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  (%d searches)",
                    LIMIT, p50, p95, p99, latencies.size()));
            table.add(String.format(Locale.ROOT, "regex scan baseline   p50 %.0f ms  p95 %.0f ms  p99 %.0f ms  (%d scans)", b50,
                    percentile(baseline, 95), percentile(baseline, 99), baseline.size()));
            table.add(String.format(Locale.ROOT, "speed-up at p50       %.0f x", b50 / p50));
            targets.add(target("import + indexing under 60 s", importSeconds < 60));
            targets.add(target("search p50 under 5 ms", p50 < 5));
            targets.add(target("search p99 under 50 ms", p99 < 50));
            targets.add(target("at least 100 x faster than the scan at p50", b50 / p50 >= 100));
            targets.add(target("within the heap (-Xmx " + HeapSampler.maxHeapBytes() / (1 << 20) + " MB)", true));
            System.out.println("\n== Import and search benchmark ==");
            table.forEach(System.out::println);
            System.out.println("\nqueries (each run " + ROUNDS + " times after " + WARM_UP_ROUNDS + " warm-up rounds):");
            samples.forEach(System.out::println);
            System.out.println("\ntargets" + (fullSize ? "" : " (checked only at the full size of 16 million words)") + ":");
            targets.forEach(System.out::println);
            if (fullSize) {
                assertThat(importSeconds).as("import + indexing seconds").isLessThan(60);
                assertThat(p50).as("search p50 ms").isLessThan(5);
                assertThat(p99).as("search p99 ms").isLessThan(50);
                assertThat(b50 / p50).as("speed-up over the scan at p50").isGreaterThanOrEqualTo(100);
            }
        }
    }

    private static SearchResults search(Project project, BenchQuery q) {
        return project.search(new SearchQuery(q.lucene(), q.city() == null ? Map.of() : Map.of("city", List.of(q.city())),
                null, LIMIT, CONTEXT, SearchQuery.Order.RELEVANCE, List.of()), Progress.NONE);
    }

    private static String target(String what, boolean met) {
        return String.format(Locale.ROOT, "  %-45s %s", what, met ? "met" : "MISSED");
    }

    private static String oneLine(String s) {
        String line = s.replace('\n', ' ');
        return line.length() > 90 ? line.substring(0, 89) + "…" : line;
    }

    static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
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
