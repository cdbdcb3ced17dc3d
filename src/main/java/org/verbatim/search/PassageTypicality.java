package org.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How typical each passage of a code is of the others: the cosine similarity of its TF-IDF
 * vector to the sum of the others' vectors, words reduced to their stems by the index's own
 * English or Russian analyzer. A passage that says what most of the code's passages say scores
 * near 1; one that shares no word with them, 0. Leaving the passage itself out of the sum keeps
 * a long passage from looking typical merely by resembling itself.
 */
public final class PassageTypicality {
    /** A passage's text and its document's language ({@code ru} stems as Russian, anything else as English). */
    public record Passage(String text, String language) { }

    private PassageTypicality() {
    }

    /** One score in [0, 1] per passage, in the order given; a single passage scores 1. */
    public static double[] of(List<Passage> passages) {
        int n = passages.size();
        double[] scores = new double[n];
        if (n == 1) {
            scores[0] = 1;
            return scores;
        }
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> documentFrequency = new HashMap<>();
        try (Analyzer english = TurnAnalyzers.english(); Analyzer russian = TurnAnalyzers.russian()) {
            for (Passage p : passages) {
                Map<String, Integer> terms = terms("ru".equalsIgnoreCase(p.language()) ? russian : english, p.text());
                terms.keySet().forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
                counts.add(terms);
            }
        }
        List<Map<String, Double>> vectors = new ArrayList<>();
        Map<String, Double> sum = new HashMap<>();
        for (Map<String, Integer> terms : counts) {
            Map<String, Double> v = new HashMap<>();
            terms.forEach((t, c) -> v.put(t, (1 + Math.log(c)) * Math.log(1.0 + (double) n / documentFrequency.get(t))));
            normalise(v);
            v.forEach((t, w) -> sum.merge(t, w, Double::sum));
            vectors.add(v);
        }
        for (int i = 0; i < n; i++) {
            scores[i] = cosineWithOthers(vectors.get(i), sum);
        }
        return scores;
    }

    /** Cosine of {@code v} (unit length or empty) with {@code sum − v}. */
    private static double cosineWithOthers(Map<String, Double> v, Map<String, Double> sum) {
        if (v.isEmpty()) {
            return 0;
        }
        double dot = 0;
        double othersNorm = 0;
        for (Map.Entry<String, Double> e : sum.entrySet()) {
            double own = v.getOrDefault(e.getKey(), 0.0);
            double other = e.getValue() - own;
            dot += own * other;
            othersNorm += other * other;
        }
        return othersNorm <= 1e-12 ? 0 : Math.max(0, Math.min(1, dot / Math.sqrt(othersNorm)));
    }

    private static void normalise(Map<String, Double> v) {
        double norm = Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
        if (norm > 0) {
            v.replaceAll((t, w) -> w / norm);
        }
    }

    private static Map<String, Integer> terms(Analyzer analyzer, String text) {
        Map<String, Integer> out = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the words of a passage", e);
        }
        return out;
    }
}
