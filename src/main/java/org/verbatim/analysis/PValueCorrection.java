package org.verbatim.analysis;

import java.util.Arrays;
import java.util.Comparator;
import org.verbatim.model.analysis.Correction;

/**
 * Corrects p-values for testing many codes at once, as R's {@code p.adjust} does: Holm's
 * step-down method, or Benjamini and Hochberg's step-up method. Null p-values (tests that
 * could not run) are not counted among the tests and stay null.
 */
public final class PValueCorrection {
    private PValueCorrection() {
    }

    public static Double[] adjust(Double[] p, Correction method) {
        Double[] out = new Double[p.length];
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> p[i] != null).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        switch (method) {
            case NONE -> {
                for (int i : order) {
                    out[i] = p[i];
                }
            }
            case HOLM -> {
                double running = 0;
                for (int k = 0; k < m; k++) {
                    running = Math.max(running, Math.min(1, (m - k) * p[order[k]]));
                    out[order[k]] = running;
                }
            }
            case BH -> {
                double running = 1;
                for (int k = m - 1; k >= 0; k--) {
                    running = Math.min(running, Math.min(1, (double) m / (k + 1) * p[order[k]]));
                    out[order[k]] = running;
                }
            }
            default -> throw new IllegalArgumentException(method.name());
        }
        return out;
    }
}
