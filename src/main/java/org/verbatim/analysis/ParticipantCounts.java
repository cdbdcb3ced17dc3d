package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.model.analysis.ParticipantMatrix.Row;

/** Computes the {@link ParticipantMatrix}: participants by codes, for statistics packages. */
public final class ParticipantCounts {
    private ParticipantCounts() {
    }

    public static ParticipantMatrix matrix(CodingData data, AnalysisFilter filter, int[] codes, boolean withSubcodes) {
        Selection selection = new Selection(data, filter);
        int participants = data.participantKeys.length;
        boolean[] speaks = new boolean[participants];
        for (int d = 0; d < data.documentNames.length; d++) {
            for (int t = data.documentTurnFrom[d]; t < data.documentTurnFrom[d + 1]; t++) {
                int p = data.turnParticipant[t];
                if (p >= 0 && selection.counts(p) && selection.turnCounts(t, d)) {
                    speaks[p] = true;
                }
            }
        }
        long[][] counts = new long[participants][codes.length];
        int[] buffer = new int[16];
        int[] count = new int[1];
        List<String> paths = new ArrayList<>();
        for (int j = 0; j < codes.length; j++) {
            paths.add(data.codePaths[codes[j]]);
            for (int s : selection.passing(codes[j], withSubcodes)) {
                buffer = selection.participants(s, buffer, count);
                for (int i = 0; i < count[0]; i++) {
                    counts[buffer[i]][j]++;
                }
            }
        }
        List<String> attributes = new ArrayList<>(data.participantAttributes.keySet());
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            if (!speaks[p]) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (AttributeColumn a : data.participantAttributes.values()) {
                values.add(a.valueOf(p));
            }
            rows.add(new Row(data.participantKeys[p], values, counts[p]));
        }
        return new ParticipantMatrix(attributes, paths, rows);
    }
}
