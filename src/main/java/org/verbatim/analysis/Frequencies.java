package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.List;
import org.verbatim.model.analysis.CodeFrequency;

/** Computes {@link CodeFrequency} rows for codes, with or without their sub-codes. */
public final class Frequencies {
    private Frequencies() {
    }

    public static List<CodeFrequency> of(CodingData data, AnalysisFilter filter, int[] codes, boolean withSubcodes) {
        Selection selection = new Selection(data, filter);
        long corpus = spokenWords(data, selection);
        UnitSet documents = new UnitSet(data.documentNames.length);
        UnitSet participants = new UnitSet(data.participantKeys.length);
        int[] buffer = new int[16];
        int[] count = new int[1];
        List<CodeFrequency> out = new ArrayList<>();
        for (int code : codes) {
            documents.clear();
            participants.clear();
            int[] segments = selection.passing(code, withSubcodes);
            long words = 0;
            int document = -1;
            int coveredTo = 0;
            for (int s : segments) {
                int d = data.segDocument[s];
                documents.add(d);
                buffer = selection.participants(s, buffer, count);
                for (int i = 0; i < count[0]; i++) {
                    participants.add(buffer[i]);
                }
                if (d != document) {
                    document = d;
                    coveredTo = 0;
                }
                int from = Math.max(data.segStart[s], coveredTo);
                if (data.segEnd[s] > from) {
                    words += data.wordsIn(d, from, data.segEnd[s]);
                    coveredTo = data.segEnd[s];
                }
            }
            out.add(new CodeFrequency(data.codePaths[code], data.codeDepth[code], segments.length, documents.size(),
                    participants.size(), words, corpus == 0 ? 0 : (double) words / corpus));
        }
        return out;
    }

    /** Words spoken in the selected documents by speakers who fit the filter; a document without turns counts whole. */
    static long spokenWords(CodingData data, Selection selection) {
        long words = 0;
        for (int d = 0; d < data.documentNames.length; d++) {
            int from = data.documentTurnFrom[d];
            int to = data.documentTurnFrom[d + 1];
            if (from == to) {
                words += selection.documentSelected(d) && selection.fits(d, -1) ? data.wordStarts[d].length : 0;
                continue;
            }
            for (int t = from; t < to; t++) {
                if (selection.turnCounts(t, d)) {
                    words += data.turnWords[t];
                }
            }
        }
        return words;
    }
}
