package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Says which coding an analysis counts — one coder, every coder pooled, or a coder chosen per
 * document — in words a table can carry beside it, so a reader never has to guess whether a
 * passage two coders coded was counted twice.
 */
public final class CodingCounted {
    private CodingCounted() {
    }

    /** A description of which coding is counted, for the reader of a table. */
    public static String describe(CodingData data, AnalysisFilter filter) {
        if (filter.coder() != null) {
            return "coder " + filter.coder().strip() + " only";
        }
        String pooled = data.coderNames.length <= 1 ? "the one coder's coding"
                : "every coder pooled (" + String.join(", ", data.coderNames) + "); a passage two coders coded with"
                + " the same code counts once";
        if (filter.coderByDocument().isEmpty()) {
            return pooled;
        }
        List<String> chosen = new ArrayList<>();
        filter.coderByDocument().forEach((d, c) -> chosen.add(d + ": " + c));
        return pooled + "; one coder in " + String.join(", ", chosen);
    }
}
