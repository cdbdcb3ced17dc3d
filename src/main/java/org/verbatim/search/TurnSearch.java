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
        Query parsed = TurnQueryParser.parse(request.query(), analyzer, request.attributeNames(),
                request.numericAttributes(), request.codes());
        Query query = filtered(parsed);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<String> facets = request.facets().stream().map(f -> attribute(f, "--facet")).toList();
        Counts counts = count(parsed, weight, facets);
        List<SearchHit> hits = new ArrayList<>();
        int maxDoc = searcher.getIndexReader().maxDoc();
        if (request.limit() > 0 && maxDoc > 0) {
            // Every matching turn holds at least one hit, so this many turns always hold enough hits.
            int wanted = Math.min(request.limit(), maxDoc);
            TopDocs top = request.order() == SearchRequest.Order.RELEVANCE ? searcher.search(query, wanted)
                    : searcher.search(query, wanted, CORPUS_ORDER);
            Map<Integer, Turn> turns = turnsOf(parsed, top.scoreDocs);
            for (ScoreDoc sd : top.scoreDocs) {
                if (!hitsOf(turns.get(sd.doc), hits)) {
                    break;
                }
            }
        }
        return new SearchResult(counts.total, counts.turns, hits, counts.facets(facets));
    }

    /** What a hit shows of its turn. */
    private record Turn(long documentId, String document, int number, int start, String text, String speaker,
                        String participant, Long timestampMs, int[] spans) { }

    /**
     * The top turns with their hit spans; read segment by segment in index order, as postings
     * and doc values are read forwards only.
     */
    private Map<Integer, Turn> turnsOf(Query parsed, ScoreDoc[] top) throws IOException {
        int[] docs = new int[top.length];
        for (int i = 0; i < top.length; i++) {
            docs[i] = top[i].doc;
        }
        java.util.Arrays.sort(docs);
        Map<Integer, Turn> out = new HashMap<>();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafTurns current = null;
        for (int doc : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (current == null || current.leaf != leaf) {
                current = new LeafTurns(leaf, MatchSpans.of(parsed, leaf));
            }
            out.put(doc, current.turn(doc - leaf.docBase));
        }
        return out;
    }

    /** The doc values of one segment, read forwards. */
    private static final class LeafTurns {
        final LeafReaderContext leaf;
        final MatchSpans spans;
        final BinaryDocValues text;
        final NumericDocValues documentId;
        final NumericDocValues number;
        final NumericDocValues start;
        final NumericDocValues time;
        final SortedDocValues document;
        final SortedDocValues speaker;
        final SortedDocValues participant;

        LeafTurns(LeafReaderContext leaf, MatchSpans spans) throws IOException {
            this.leaf = leaf;
            this.spans = spans;
            text = DocValues.getBinary(leaf.reader(), TurnFields.TURN_TEXT);
            documentId = DocValues.getNumeric(leaf.reader(), TurnFields.DOCUMENT_ID);
            number = DocValues.getNumeric(leaf.reader(), TurnFields.NUMBER);
            start = DocValues.getNumeric(leaf.reader(), TurnFields.START);
            time = DocValues.getNumeric(leaf.reader(), TurnFields.TIME);
            document = DocValues.getSorted(leaf.reader(), TurnFields.DOCUMENT);
            speaker = DocValues.getSorted(leaf.reader(), TurnFields.SPEAKER);
            participant = DocValues.getSorted(leaf.reader(), TurnFields.PARTICIPANT);
        }

        Turn turn(int doc) throws IOException {
            return new Turn(numeric(documentId, doc, 0L), sorted(document, doc), numeric(number, doc, 0L).intValue(),
                    numeric(start, doc, 0L).intValue(), text.advanceExact(doc) ? text.binaryValue().utf8ToString() : "",
                    sorted(speaker, doc), sorted(participant, doc), numeric(time, doc, null), spans.spans(doc));
        }

        private static Long numeric(NumericDocValues dv, int doc, Long missing) throws IOException {
            if (!dv.advanceExact(doc)) {
                return missing;
            }
            return dv.longValue();
        }

        private static String sorted(SortedDocValues dv, int doc) throws IOException {
            return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
        }
    }

    private Query filtered(Query parsed) {
        if (request.where().isEmpty() && request.codeIds() == null && request.documentId() == null) {
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
        if (request.documentId() != null) {
            b.add(new TermQuery(TurnFields.documentTerm(request.documentId())), Occur.FILTER);
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

        void add(String facet, String value, long hits, long turns) {
            long[] c = byValue.computeIfAbsent(facet, f -> new LinkedHashMap<>()).computeIfAbsent(value, v -> new long[2]);
            c[0] += hits;
            c[1] += turns;
        }
    }

    private Counts count(Query parsed, Weight weight, List<String> facets) throws IOException {
        Counts counts = new Counts();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            MatchSpans spans = MatchSpans.of(parsed, leaf);
            List<FacetOrdinals> ordinals = new ArrayList<>();
            for (String f : facets) {
                ordinals.add(new FacetOrdinals(DocValues.getSortedSet(leaf.reader(), TurnFields.attribute(f))));
            }
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int hits = Math.max(1, spans.count(doc));
                counts.total += hits;
                counts.turns++;
                for (FacetOrdinals o : ordinals) {
                    o.add(doc, hits);
                }
            }
            for (int i = 0; i < facets.size(); i++) {
                ordinals.get(i).addTo(counts, facets.get(i));
            }
        }
        return counts;
    }

    /** Hits and turns per value of one attribute in one segment, by ordinal, named once at the end. */
    private static final class FacetOrdinals {
        final SortedSetDocValues values;
        final long[] hits;
        final long[] turns;
        long hitsWithout;
        long turnsWithout;

        FacetOrdinals(SortedSetDocValues values) {
            this.values = values;
            this.hits = new long[(int) values.getValueCount()];
            this.turns = new long[hits.length];
        }

        void add(int doc, int n) throws IOException {
            if (values.advanceExact(doc)) {
                for (int k = 0; k < values.docValueCount(); k++) {
                    int ord = (int) values.nextOrd();
                    hits[ord] += n;
                    turns[ord]++;
                }
            } else {
                hitsWithout += n;
                turnsWithout++;
            }
        }

        void addTo(Counts counts, String facet) throws IOException {
            for (int ord = 0; ord < hits.length; ord++) {
                if (turns[ord] > 0) {
                    counts.add(facet, values.lookupOrd(ord).utf8ToString(), hits[ord], turns[ord]);
                }
            }
            if (turnsWithout > 0) {
                counts.add(facet, null, hitsWithout, turnsWithout);
            }
        }
    }

    /** Adds the hits of one turn; false once the limit is reached. */
    private boolean hitsOf(Turn t, List<SearchHit> hits) {
        int[] spans = t.spans().length == 0 ? new int[] {0, t.text().length()} : t.spans();
        for (int i = 0; i < spans.length; i += 2) {
            if (hits.size() >= request.limit()) {
                return false;
            }
            int s = spans[i];
            int e = spans[i + 1];
            hits.add(new SearchHit(hits.size() + 1, t.documentId(), t.document(), t.number(), t.speaker(),
                    t.participant(), t.timestampMs(), t.start() + s, t.start() + e, before(t.text(), s),
                    t.text().substring(s, e), after(t.text(), e), t.start(), t.start() + t.text().length()));
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

}
