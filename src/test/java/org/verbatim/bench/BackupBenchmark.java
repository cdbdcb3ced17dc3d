package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.Backups;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;

/**
 * What the backup made on opening costs on the coded sample study: the time until the project
 * is ready, with backups off, with backups on and nothing changed since the newest one (the
 * database is copied and the copy thrown away), and right after a change (the copy is kept: the
 * database is read through and zipped on a thread of its own, and closing waits for that).
 * Target: opening is slowed by less than 0.2 s.
 */
class BackupBenchmark {
    private static final int RUNS = 15;

    @TempDir
    Path dir;

    @Test
    void openingTheSampleStudyWithBackups() {
        Path folder = dir.resolve("sample.verbatim");
        SampleStudy.build(folder, Progress.NONE);
        Backups backups = new Backups(folder);

        backups.keep(0);
        double[] off = openings(folder);
        backups.keep(5);
        Project.open(folder).close();
        double[] unchanged = openings(folder);
        double[] closing = new double[RUNS];
        double[] changed = new double[RUNS];
        for (int i = 0; i < RUNS + 3; i++) {
            try (Project p = Project.open(folder)) {
                p.code(CodingRequest.range("TOM-semi-02.txt", "Benchmark/Run " + i, 0, 10, "bench"));
            }
            long t0 = System.nanoTime();
            Project p = Project.open(folder);
            long t1 = System.nanoTime();
            p.close();
            if (i >= 3) {
                changed[i - 3] = (t1 - t0) / 1e6;
                closing[i - 3] = (System.nanoTime() - t1) / 1e6;
            }
        }
        String report = String.format(Locale.ROOT, "Opening the sample study until ready, median of %d:%n"
                + "  backups off                      %6.1f ms%n"
                + "  backups on, nothing changed      %6.1f ms (copy made and thrown away)%n"
                + "  backups on, after a change       %6.1f ms (copy kept)%n"
                + "  closing after that               %6.1f ms (waits for the read-through and the zip)%n"
                + "  backups kept: %d, the newest %.2f MB%n", RUNS, median(off), median(unchanged), median(changed),
                median(closing), backups.list().size(), size(backups.latest().orElseThrow()) / 1e6);
        System.out.print(report);
        assertThat(median(unchanged) - median(off)).as(report).isLessThan(200);
        assertThat(median(changed) - median(off)).as(report).isLessThan(200);
    }

    private static double[] openings(Path folder) {
        for (int i = 0; i < 3; i++) {
            Project.open(folder).close();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            Project p = Project.open(folder);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            p.close();
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
