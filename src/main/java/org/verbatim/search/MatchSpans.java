package org.verbatim.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Where a parsed query matches inside each turn, read straight from the postings (positions
 * and the offsets stored with them) of one index segment, turn after turn in index order.
 * Asking Lucene for each turn's matches separately costs microseconds a turn; this reads each
 * term's postings once per segment, so every hit of every matching turn can be counted.
 * Matches of words and phrases in the stemmed and exact fields that overlap are one hit.
 * Only the positive parts of a query make hits; filters and excluded words do not.
 */
final class MatchSpans {
    private final List<Source> sources;
    /** Spans found in the current turn, each packed as start offset << 32 | end offset; reused turn after turn. */
    private final Found found = new Found();

    private MatchSpans(List<Source> sources) {
        this.sources = sources;
    }

    /** The spans of {@code query} in the turns of one segment; ask for turns in increasing order. */
    static MatchSpans of(Query query, LeafReaderContext leaf) throws IOException {
        List<Source> sources = new ArrayList<>();
        collect(query, leaf, sources, new HashSet<>());
        return new MatchSpans(sources);
    }

    /** Merged {@code [start, end)} offset pairs of the hits in one turn, in order; empty when only filters matched. */
    int[] spans(int doc) throws IOException {
        int n = merge(doc);
        int[] out = new int[n * 2];
        for (int i = 0; i < n; i++) {
            out[2 * i] = (int) (found.spans[i] >>> 32);
            out[2 * i + 1] = (int) found.spans[i];
        }
        return out;
    }

    /**
     * The number of hits in one turn (0 when only filters matched), without keeping them. When
     * only words of one field occur in the turn — the usual case, as a turn is either English or
     * Russian — their matches cannot overlap and the count is the sum of their frequencies,
     * which needs no positions at all.
     */
    int count(int doc) throws IOException {
        String field = null;
        int sum = 0;
        for (Source s : sources) {
            if (!(s instanceof TermSource t)) {
                return merge(doc);
            }
            if (t.on(doc)) {
                if (field != null && !field.equals(t.field)) {
                    return merge(doc);
                }
                field = t.field;
                sum += t.postings.freq();
            }
        }
        return sum;
    }

    /** Collects the turn's spans, sorts them and merges overlapping ones in place; returns how many remain. */
    private int merge(int doc) throws IOException {
        found.size = 0;
        for (Source s : sources) {
            s.spans(doc, found);
        }
        long[] spans = found.spans;
        Arrays.sort(spans, 0, found.size);
        int m = 0;
        for (int i = 0; i < found.size; i++) {
            long start = spans[i] >>> 32;
            if (m > 0 && start < (int) spans[m - 1]) {
                int end = Math.max((int) spans[m - 1], (int) spans[i]);
                spans[m - 1] = (spans[m - 1] & 0xFFFFFFFF00000000L) | end;
            } else {
                spans[m++] = spans[i];
            }
        }
        return m;
    }

    /** A growable list of packed spans. */
    private static final class Found {
        long[] spans = new long[16];
        int size;

        void add(long start, long end) {
            if (size == spans.length) {
                spans = Arrays.copyOf(spans, size * 2);
            }
            spans[size++] = (start << 32) | end;
        }
    }

    /** Adds the sources of {@code q}'s positive parts; {@code terms} keeps a word named twice from counting twice. */
    private static void collect(Query q, LeafReaderContext leaf, List<Source> out, Set<Term> terms) throws IOException {
        if (q instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.getOccur() == BooleanClause.Occur.SHOULD || c.getOccur() == BooleanClause.Occur.MUST) {
                    collect(c.getQuery(), leaf, out, terms);
                }
            }
        } else if (q instanceof BoostQuery boost) {
            collect(boost.getQuery(), leaf, out, terms);
        } else if (q instanceof ConstantScoreQuery constant) {
            collect(constant.getQuery(), leaf, out, terms);
        } else if (q instanceof TermQuery t && isText(t.getTerm().field())) {
            addTerm(leaf, t.getTerm(), out, terms);
        } else if (q instanceof SynonymQuery s && isText(s.getField())) {
            for (Term t : s.getTerms()) {
                addTerm(leaf, t, out, terms);
            }
        } else if (q instanceof MultiTermQuery m && isText(m.getField())) {
            Terms indexed = leaf.reader().terms(m.getField());
            if (indexed != null) {
                TermsEnum te = m.getTermsEnum(indexed);
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    if (terms.add(new Term(m.getField(), BytesRef.deepCopyOf(term)))) {
                        out.add(new TermSource(m.getField(), te.postings(null, PostingsEnum.OFFSETS)));
                    }
                }
            }
        } else if (q instanceof PhraseQuery p && isText(p.getField()) && p.getTerms().length > 0) {
            PhraseSource phrase = PhraseSource.of(leaf, p);
            if (phrase != null) {
                out.add(phrase);
            }
        }
    }

    private static boolean isText(String field) {
        return TurnFields.TEXT_FIELDS.contains(field);
    }

    private static void addTerm(LeafReaderContext leaf, Term term, List<Source> out, Set<Term> terms)
            throws IOException {
        TermSource source = terms.add(term) ? TermSource.of(leaf, term) : null;
        if (source != null) {
            out.add(source);
        }
    }

    /** Adds the start and end offsets of matches in one turn. */
    private interface Source {
        void spans(int doc, Found out) throws IOException;
    }

    /** Every occurrence of one term. */
    private static final class TermSource implements Source {
        final String field;
        final PostingsEnum postings;
        /** The occurrences read by {@link #readOccurrences()}: how many, and their positions and offsets. */
        int occurrences;
        int[] positions = new int[8];
        int[] starts = new int[8];
        int[] ends = new int[8];

        TermSource(String field, PostingsEnum postings) {
            this.field = field;
            this.postings = postings;
        }

        static TermSource of(LeafReaderContext leaf, Term term) throws IOException {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                return null;
            }
            TermsEnum te = terms.iterator();
            return te.seekExact(term.bytes()) ? new TermSource(term.field(), te.postings(null, PostingsEnum.OFFSETS)) : null;
        }

        /** Whether the term occurs in {@code doc}; the postings then stand on it. */
        boolean on(int doc) throws IOException {
            if (postings.docID() < doc) {
                postings.advance(doc);
            }
            return postings.docID() == doc;
        }

        @Override
        public void spans(int doc, Found out) throws IOException {
            if (on(doc)) {
                for (int i = postings.freq(); i > 0; i--) {
                    postings.nextPosition();
                    out.add(postings.startOffset(), postings.endOffset());
                }
            }
        }

        /** Reads the term's positions and offsets in the turn the postings stand on, into reused arrays. */
        void readOccurrences() throws IOException {
            occurrences = postings.freq();
            if (positions.length < occurrences) {
                positions = new int[occurrences * 2];
                starts = new int[occurrences * 2];
                ends = new int[occurrences * 2];
            }
            for (int i = 0; i < occurrences; i++) {
                positions[i] = postings.nextPosition();
                starts[i] = postings.startOffset();
                ends[i] = postings.endOffset();
            }
        }
    }

    /**
     * A phrase, exact or with slop, matched as Lucene's phrase queries match: each term's
     * position less its place in the phrase, and the spread of those numbers within the slop.
     */
    private static final class PhraseSource implements Source {
        final TermSource[] terms;
        final int[] places;
        final int slop;

        PhraseSource(TermSource[] terms, int[] places, int slop) {
            this.terms = terms;
            this.places = places;
            this.slop = slop;
        }

        static PhraseSource of(LeafReaderContext leaf, PhraseQuery p) throws IOException {
            TermSource[] terms = new TermSource[p.getTerms().length];
            for (int i = 0; i < terms.length; i++) {
                terms[i] = TermSource.of(leaf, p.getTerms()[i]);
                if (terms[i] == null) {
                    return null;
                }
            }
            return new PhraseSource(terms, p.getPositions(), p.getSlop());
        }

        @Override
        public void spans(int doc, Found out) throws IOException {
            for (int i = 0; i < terms.length; i++) {
                if (!terms[i].on(doc)) {
                    return;
                }
            }
            for (int i = 0; i < terms.length; i++) {
                terms[i].readOccurrences();
            }
            int[] at = new int[terms.length];
            while (true) {
                int lead = 0;
                int min = Integer.MAX_VALUE;
                int max = Integer.MIN_VALUE;
                for (int i = 0; i < terms.length; i++) {
                    int normalised = terms[i].positions[at[i]] - places[i];
                    if (normalised < min) {
                        min = normalised;
                        lead = i;
                    }
                    max = Math.max(max, normalised);
                }
                if (max - min <= slop && distinctPositions(at)) {
                    long start = Long.MAX_VALUE;
                    long end = 0;
                    for (int i = 0; i < terms.length; i++) {
                        start = Math.min(start, terms[i].starts[at[i]]);
                        end = Math.max(end, terms[i].ends[at[i]]);
                    }
                    out.add(start, end);
                }
                if (++at[lead] == terms[lead].occurrences) {
                    return;
                }
            }
        }

        /** A word repeated in a phrase ("very very") needs two occurrences, not one counted twice. */
        private boolean distinctPositions(int[] at) {
            for (int i = 0; i < at.length; i++) {
                for (int j = i + 1; j < at.length; j++) {
                    if (terms[i].positions[at[i]] == terms[j].positions[at[j]]) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
