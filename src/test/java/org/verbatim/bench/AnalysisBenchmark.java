package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.Unit;
import org.verbatim.project.CrossTabRequest;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;

/**
 * Times the analyses on 1,000,000 segments over 10,000 participants in three cities and 40
 * codes (run with {@code mvn -B -Pbench verify}). The snapshot the analyses count over is read
 * from the database once per change of the project; its reading is timed on its own, right
 * after opening the project (median and slowest of 3 openings) and again after a change
 * (median and slowest of 5), and each analysis is timed on a snapshot already read: median and
 * slowest of 10 runs after 3 warm-up runs.
 */
class AnalysisBenchmark {
    private static final int PARTICIPANTS = 10_000;
    private static final int CODES = 40;
    private static final int SEGMENTS = 1_000_000;
    private static final double TARGET_MS = 500;

    @TempDir
    Path dir;

    @Test
    void analysesOfAMillionSegments() throws Exception {
        Path folder = dir.resolve("bench.verbatim");
        SyntheticCodedStudy study = new SyntheticCodedStudy(PARTICIPANTS, CODES, SEGMENTS);
        long t0 = System.nanoTime();
        study.writeTo(folder);
        double generated = (System.nanoTime() - t0) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Generated %,d segments, %,d participants, %,d documents, %d codes in %.1f s",
                SEGMENTS, PARTICIPANTS, study.documents(), CODES, generated));
        lines.add(String.format(Locale.ROOT, "%-48s %10s %10s  %s", "work", "median ms", "max ms", "target"));

        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try (Project p = Project.open(folder)) {
                long l0 = System.nanoTime();
                assertThat(p.prepareAnalysis()).isEqualTo(SEGMENTS);
                loads.add((System.nanoTime() - l0) / 1e6);
            }
        }
        loads.sort(Double::compare);
        lines.add(row("read the snapshot, project just opened", loads.get(1), loads.get(2), false));

        try (Project p = Project.open(folder)) {
            p.prepareAnalysis();
            List<Double> reloads = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                p.setSegmentMemo(1, "changed " + i);
                long r0 = System.nanoTime();
                p.prepareAnalysis();
                reloads.add((System.nanoTime() - r0) / 1e6);
            }
            reloads.sort(Double::compare);
            lines.add(row("read it again after a change", reloads.get(2), reloads.get(4), false));
            List<CodeFrequency> frequencies = p.frequencies(SegmentFilter.ALL, List.of(), true);
            assertThat(frequencies).hasSize(CODES);
            assertThat(frequencies.stream().mapToLong(CodeFrequency::segments).sum()).isEqualTo(SEGMENTS);
            CrossTab byCity = p.crosstab(CrossTabRequest.byAttribute("city", Unit.PARTICIPANTS, true));
            assertThat(byCity.columns()).hasSize(3);
            assertThat(byCity.columns()).containsExactly("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
            assertThat(byCity.participants()).containsExactly(3335, 3330, 3335);

            lines.add(timed("frequencies (40 codes)", () -> p.frequencies(SegmentFilter.ALL, List.of(), true)));
            lines.add(timed("crosstab --by city --unit participants", () ->
                    p.crosstab(CrossTabRequest.byAttribute("city", Unit.PARTICIPANTS, false))));
            lines.add(timed("crosstab --by city --unit participants --stats", () ->
                    p.crosstab(CrossTabRequest.byAttribute("city", Unit.PARTICIPANTS, true))));
            lines.add(timed("crosstab --by city --unit segments", () ->
                    p.crosstab(CrossTabRequest.byAttribute("city", Unit.SEGMENTS, false))));
            for (CoOccurrenceScope scope : CoOccurrenceScope.values()) {
                lines.add(timed("cooccurrence --scope " + scope.label() + " (40 x 40)", () ->
                        p.cooccurrence(SegmentFilter.ALL, List.of(), true, scope)));
            }
            lines.add(timed("matrix (10,000 participants x 40 codes)", () ->
                    p.participantMatrix(SegmentFilter.ALL, List.of(), true)));
        }
        lines.add("Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        lines.forEach(System.out::println);
    }

    private static String timed(String what, Supplier<Object> work) {
        Stopwatch.Figures f = Stopwatch.time(3, 10, work);
        return row(what, f.median(), f.max(), true);
    }

    private static String row(String what, double median, double max, boolean targeted) {
        return String.format(Locale.ROOT, "%-48s %10.1f %10.1f  %s", what, median, max,
                !targeted ? "-" : median < TARGET_MS ? "under 500 ms" : "OVER 500 ms");
    }
}
