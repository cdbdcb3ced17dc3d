package org.verbatim.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Times a piece of work: a few warm-up runs, then the median and the slowest of the measured runs. */
final class Stopwatch {
    /** Milliseconds: median and maximum of the measured runs. */
    record Figures(double median, double max) { }

    private Stopwatch() {
    }

    static <T> Figures time(int warmUps, int runs, Supplier<T> work) {
        for (int i = 0; i < warmUps; i++) {
            consume(work.get());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            consume(work.get());
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return new Figures(ms[runs / 2], ms[runs - 1]);
    }

    /** Keeps the result reachable so the work cannot be optimised away. */
    private static void consume(Object result) {
        if (result == null) {
            throw new IllegalStateException("The timed work returned nothing");
        }
    }
}
