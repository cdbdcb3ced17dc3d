package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.ImportReport;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SearchQuery;

/**
 * Memory for the largest transcripts the limits accept: files of two-word turns
 * ({@code A: yes ok. / B: no.}) of 100,000, 600,000 (6 MB) and 1,000,000 turns are imported and
 * searched in one fresh project each, and the 60 MB file of six million turns is refused up
 * front. Prints time, peak heap and the live heap after collections; the growth of the live
 * heap from 100,000 to 1,000,000 turns gives the memory per 100,000 turns. docs/performance.md
 * records the figures.
 */
class LargeTranscriptBenchmark {
    private static final String PAIR = "A: yes ok.\n\nB: no.\n\n";

    @TempDir
    Path dir;

    @Test
    void theLargestAcceptedTranscriptsImportWithinTheHeapAndLargerOnesAreRefused() throws IOException {
        long[] live = new long[3];
        int[] turns = {100_000, 600_000, 1_000_000};
        for (int i = 0; i < turns.length; i++) {
            live[i] = importAndSearch(turns[i], true);
        }
        importAndSearch(6_000_000, false);
        double perHundredThousand = (live[2] - live[0]) / 9.0 / (1 << 20);
        System.out.printf(Locale.ROOT, "live heap per 100,000 turns: %.1f MB%n", perHundredThousand);
        assertThat(live[2]).isLessThan(HeapSampler.maxHeapBytes());
    }

    /** Imports a file of {@code turns} turns and searches it; returns the peak live heap. */
    private long importAndSearch(int turns, boolean accepted) throws IOException {
        Path file = dir.resolve("mt-" + turns + ".txt");
        Files.writeString(file, PAIR.repeat(turns / 2));
        Path folder = dir.resolve("m-" + turns + ".verbatim");
        System.gc();
        try (HeapSampler heap = new HeapSampler(); Project project = Project.create(folder)) {
            long start = System.nanoTime();
            ImportReport report = project.importFiles(ImportRequest.of(file), Progress.NONE);
            double importSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            long hits = accepted ? project.search(SearchQuery.of("yes"), Progress.NONE).total() : 0;
            double searchSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%,d turns (%.1f MB): %s in %.1f s, search %.2f s (%,d hits);"
                            + " peak heap %d MB, peak live heap %d MB of %d MB%n",
                    turns, Files.size(file) / 1e6, accepted ? "imported" : "refused (" + report.refused().get(0).reason()
                            + ")", importSeconds, searchSeconds, hits, heap.peakBytes() >> 20,
                    heap.peakLiveBytes() >> 20, HeapSampler.maxHeapBytes() >> 20);
            assertThat(report.imported()).hasSize(accepted ? 1 : 0);
            return heap.peakLiveBytes();
        } finally {
            Files.delete(file);
        }
    }
}
