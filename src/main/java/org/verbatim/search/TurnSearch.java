package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Runs one {@link SearchRequest} on a searcher: the best (or first) turns by Lucene, then one
 * pass over every matching turn to count hits and facet values, then keyword-in-context lines
 * for the hits asked for only.
 */
final class TurnSearch {
    private static final Sort CORPUS_ORDER = new Sort(new SortField(TurnFields.DOCUMENT, SortField.Type.STRING),
            new SortField(TurnFields.NUMBER, SortField.Type.LONG));

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SearchRequest request;
    private final Map<String, String> attributes = new HashMap<>();

    TurnSearch(IndexSearcher searcher, Analyzer analyzer, SearchRequest request) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.request = request;
        request.attributeNames().forEach(a -> attributes.put(a.toLowerCase(Locale.ROOT), a));
    }

    SearchResult run() throws IOException {
        Query query = query();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<String> facets = request.facets().stream().map(f -> attribute(f, "--facet")).toList();
        Counts counts = count(weight, facets);
        List<SearchHit> hits = new ArrayList<>();
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (request.limit() > 0 && maxDoc > 0) {
            // Every matching turn holds at least one hit, so this many turns always hold enough hits.
            int wanted = Math.min(request.limit(), maxDoc);
            TopDocs top = request.order() == SearchRequest.Order.RELEVANCE ? searcher.search(query, wanted)
                    : searcher.search(query, wanted, CORPUS_ORDER);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc sd : top.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
                if (!hitsOf(weight, leaf, sd.doc - leaf.docBase, hits)) {
                    break;
                }
            }
        }
        return new SearchResult(counts.total, counts.turns, hits, counts.facets(facets));
    }

    private Query query() {
        Query parsed = TurnQueryParser.parse(request.query(), analyzer, request.attributeNames(), request.codes());
        if (request.where().isEmpty() && request.codeIds() == null) {
            return parsed;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(parsed, Occur.MUST);
        for (Map.Entry<String, List<String>> w : request.where().entrySet()) {
            String field = TurnFields.attribute(attribute(w.getKey(), "--where"));
            BooleanQuery.Builder values = new BooleanQuery.Builder();
            for (String v : w.getValue()) {
                values.add(new TermQuery(new Term(field, analyzer.normalize(field, v.strip()))), Occur.SHOULD);
            }
            b.add(values.build(), Occur.FILTER);
        }
        if (request.codeIds() != null) {
            b.add(new TermInSetQuery(TurnFields.CODE,
                    request.codeIds().stream().map(id -> new BytesRef(Long.toString(id))).toList()), Occur.FILTER);
        }
        return b.build();
    }

    private String attribute(String name, String option) {
        String a = attributes.get(name.toLowerCase(Locale.ROOT));
        if (a == null) {
            throw new InvalidQueryException(option + " names the attribute '" + name + "', which no participant or"
                    + " document has" + (attributes.isEmpty() ? "" : " (attributes: "
                    + String.join(", ", new java.util.TreeSet<>(attributes.values())) + ")"));
        }
        return a;
    }

    /** Hits and turns in all, and per value of each facet attribute. */
    private static final class Counts {
        long total;
        long turns;
        final Map<String, Map<String, long[]>> byValue = new LinkedHashMap<>();

        Map<String, List<FacetCount>> facets(List<String> names) {
            Map<String, List<FacetCount>> out = new LinkedHashMap<>();
            for (String name : names) {
                List<FacetCount> counts = new ArrayList<>();
                byValue.getOrDefault(name, Map.of()).forEach((v, c) -> counts.add(new FacetCount(v, c[0], c[1])));
                counts.sort(Comparator.comparing((FacetCount c) -> c.value() == null)
                        .thenComparing(FacetCount::hits, Comparator.reverseOrder())
                        .thenComparing(c -> c.value() == null ? "" : c.value()));
                out.put(name, counts);
            }
            return out;
        }

        void add(String facet, String value, long hits) {
            long[] c = byValue.computeIfAbsent(facet, f -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new long[2]);
            c[0] += hits;
            c[1]++;
        }
    }

    private Counts count(Weight weight, List<String> facets) throws IOException {
        Counts counts = new Counts();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            List<SortedSetDocValues> values = new ArrayList<>();
            for (String f : facets) {
                values.add(DocValues.getSortedSet(leaf.reader(), TurnFields.attribute(f)));
            }
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int hits = Math.max(1, TurnMatches.spans(weight, leaf, doc).length / 2);
                counts.total += hits;
                counts.turns++;
                for (int i = 0; i < facets.size(); i++) {
                    SortedSetDocValues dv = values.get(i);
                    if (dv.advanceExact(doc)) {
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            counts.add(facets.get(i), dv.lookupOrd(dv.nextOrd()).utf8ToString(), hits);
                        }
                    } else {
                        counts.add(facets.get(i), null, hits);
                    }
                }
            }
        }
        return counts;
    }

    /** Adds the hits of one turn; false once the limit is reached. */
    private boolean hitsOf(Weight weight, LeafReaderContext leaf, int doc, List<SearchHit> hits) throws IOException {
        String text = binary(leaf, TurnFields.TURN_TEXT, doc);
        int turnStart = numeric(leaf, TurnFields.START, doc, 0L).intValue();
        int[] spans = TurnMatches.spans(weight, leaf, doc);
        if (spans.length == 0) {
            spans = new int[] {0, text.length()};
        }
        long documentId = numeric(leaf, TurnFields.DOCUMENT_ID, doc, 0L);
        String document = sorted(leaf, TurnFields.DOCUMENT, doc);
        int turn = numeric(leaf, TurnFields.NUMBER, doc, 0L).intValue();
        String speaker = sorted(leaf, TurnFields.SPEAKER, doc);
        String participant = sorted(leaf, TurnFields.PARTICIPANT, doc);
        Long time = numeric(leaf, TurnFields.TIME, doc, null);
        for (int i = 0; i < spans.length; i += 2) {
            if (hits.size() >= request.limit()) {
                return false;
            }
            int s = spans[i];
            int e = spans[i + 1];
            hits.add(new SearchHit(hits.size() + 1, documentId, document, turn, speaker, participant, time,
                    turnStart + s, turnStart + e, before(text, s), text.substring(s, e), after(text, e),
                    turnStart, turnStart + text.length()));
        }
        return hits.size() < request.limit();
    }

    private String before(String text, int start) {
        int from = Math.max(0, start - request.context());
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(from, start);
    }

    private String after(String text, int end) {
        int to = Math.min(text.length(), end + request.context());
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return text.substring(end, to);
    }

    private static String binary(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues dv = DocValues.getBinary(leaf.reader(), field);
        return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : "";
    }

    private static Long numeric(LeafReaderContext leaf, String field, int doc, Long missing) throws IOException {
        NumericDocValues dv = DocValues.getNumeric(leaf.reader(), field);
        if (!dv.advanceExact(doc)) {
            return missing;
        }
        return dv.longValue();
    }

    private static String sorted(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues dv = DocValues.getSorted(leaf.reader(), field);
        return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
    }
}
