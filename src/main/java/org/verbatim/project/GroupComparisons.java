package org.verbatim.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Code;
import org.verbatim.model.Document;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.GroupShare;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.model.analysis.Unit;
import org.verbatim.search.PassageTypicality;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * Groups side by side and the passages marked as quotes. The counts are the cross-tab's,
 * counting participants: a participant raised a code when a segment of it (or of a sub-code)
 * is attributed to them, and a group's total is its participants who speak in the documents
 * analysed. A group's passages are the segments behind its cell. {@link #shares} is the one
 * place the per-group figures of a code are made, so a test across the groups belongs there.
 */
public final class GroupComparisons {
    private final ProjectStore store;
    private final AnalysisQueries analysis;

    GroupComparisons(ProjectStore store, AnalysisQueries analysis) {
        this.store = store;
        this.analysis = analysis;
    }

    /** Compares the groups of {@code r}; see {@link ComparisonRequest}. */
    public GroupComparison compare(ComparisonRequest r) {
        List<String> codes = distinct(r.codes());
        if (codes.isEmpty()) {
            throw new ProjectException("Choose at least one code to compare (--code PATH)");
        }
        if (r.context() < 0) {
            throw new ProjectException("The context must be 0 or more characters, not " + r.context());
        }
        return r.byAttribute() ? byAttribute(r, codes) : together(r, codes);
    }

    private GroupComparison byAttribute(ComparisonRequest r, List<String> codes) {
        CrossTabRequest request = new CrossTabRequest(r.filter(), codes, true, r.by(), r.bands(), List.of(),
                Unit.PARTICIPANTS, false);
        CrossTab table = analysis.crosstab(request);
        List<GroupComparison.CodeComparison> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            List<GroupShare> shares = shares(table.columns(), table.rows().get(i).counts(), table.participants());
            List<List<SegmentView>> cells = new ArrayList<>();
            for (String column : table.columns()) {
                cells.add(analysis.cellSegments(request, codes.get(i), column));
            }
            out.add(code(codes.get(i), shares, cells, r));
        }
        String note = table.columns().isEmpty() ? "No participant or document has a value of " + table.attribute()
                + " among the segments compared" : "";
        return new GroupComparison(table.attribute(), table.columnsAre(), "participants", table.columns(), note, out);
    }

    /**
     * Everyone in one column: the participants who speak in the documents analysed, or where no
     * speaker is a participant, the documents.
     */
    private GroupComparison together(ComparisonRequest r, List<String> codes) {
        ParticipantMatrix matrix = analysis.participantMatrix(r.filter(), codes, true);
        boolean participants = !matrix.rows().isEmpty();
        String everyone = participants ? "All participants" : "All documents";
        String note = store.read(tx -> tx.attributes().names().isEmpty())
                ? "This project has no participant or document attributes, so everyone is in one column;"
                        + " import attributes (verbatim participants --import, verbatim import --attributes) to compare groups"
                : "No attribute chosen: everyone is in one column";
        if (!participants) {
            note += "; no speaker is mapped to a participant, so documents are counted";
        }
        List<GroupComparison.CodeComparison> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            List<SegmentView> segments = store.read(tx -> new SegmentViews(tx).select(withCode(r.filter(), code)));
            long raised;
            long of;
            if (participants) {
                int column = i;
                raised = matrix.rows().stream().filter(row -> row.counts()[column] > 0).count();
                of = matrix.rows().size();
            } else {
                raised = segments.stream().mapToLong(SegmentView::documentId).distinct().count();
                of = documentsAnalysed(r.filter());
            }
            out.add(code(code, shares(List.of(everyone), new long[] {raised}, new long[] {of}), List.of(segments), r));
        }
        return new GroupComparison("", "everyone", participants ? "participants" : "documents", List.of(everyone),
                note, out);
    }

    /** The figures of one code's groups, in column order. */
    private static List<GroupShare> shares(List<String> groups, long[] raised, long[] of) {
        List<GroupShare> out = new ArrayList<>();
        for (int j = 0; j < groups.size(); j++) {
            out.add(GroupShare.of(groups.get(j), raised[j], of[j]));
        }
        return out;
    }

    private GroupComparison.CodeComparison code(String path, List<GroupShare> shares, List<List<SegmentView>> cells,
                                                ComparisonRequest r) {
        return store.read(tx -> {
            Code code = Codebook.tree(tx).require(path);
            PassageReader passages = new PassageReader(tx, r.context());
            Map<Long, Double> typicality = passages.typicality(cells);
            Set<Long> quotes = tx.quoteMarks().all();
            List<GroupComparison.Group> groups = new ArrayList<>();
            for (int j = 0; j < shares.size(); j++) {
                // Two coders' segments over the same words are one passage: the marked one, else the first.
                Map<String, ComparedPassage> byPlace = new LinkedHashMap<>();
                for (SegmentView v : cells.get(j)) {
                    String place = v.documentId() + ":" + v.start() + ":" + v.end();
                    ComparedPassage kept = byPlace.get(place);
                    if (kept == null || (!kept.quote() && quotes.contains(v.id()))) {
                        byPlace.put(place, new ComparedPassage(passages.retrieved(v), typicality.get(v.id()),
                                quotes.contains(v.id())));
                    }
                }
                List<ComparedPassage> listed = new ArrayList<>(byPlace.values());
                listed.sort(order(r.order()));
                groups.add(new GroupComparison.Group(shares.get(j), listed));
            }
            return new GroupComparison.CodeComparison(Codebook.tree(tx).path(code.id()),
                    code.description() == null ? "" : code.description(), groups);
        });
    }

    private static Comparator<ComparedPassage> order(PassageOrder order) {
        Comparator<ComparedPassage> inDocuments = Comparator.<ComparedPassage, String>comparing(
                p -> p.passage().segment().document()).thenComparingInt(p -> p.passage().segment().start());
        return switch (order) {
            case DOCUMENT -> inDocuments;
            case LENGTH -> Comparator.<ComparedPassage>comparingInt(p -> p.passage().segment().end()
                    - p.passage().segment().start()).reversed().thenComparing(inDocuments);
            case TYPICALITY -> Comparator.comparingDouble(ComparedPassage::typicality).reversed().thenComparing(inDocuments);
        };
    }

    /** Marks a segment as a quote for the report; returns false when it was marked already. */
    public boolean markQuote(long segmentId) {
        return store.write(tx -> {
            requireSegment(tx, segmentId);
            return tx.quoteMarks().mark(segmentId, Instant.now());
        });
    }

    /** Takes a segment's quote mark away; returns false when it had none. */
    public boolean unmarkQuote(long segmentId) {
        return store.write(tx -> {
            requireSegment(tx, segmentId);
            return tx.quoteMarks().unmark(segmentId);
        });
    }

    /** The ids of the segments marked as quotes. */
    public Set<Long> quotes() {
        return store.read(tx -> tx.quoteMarks().all());
    }

    private static void requireSegment(Tx tx, long segmentId) {
        tx.segments().find(segmentId).orElseThrow(() -> new ProjectException("There is no segment " + segmentId
                + " (see: verbatim segments, verbatim compare --format json)"));
    }

    private long documentsAnalysed(SegmentFilter filter) {
        return filter.documents().isEmpty() ? store.read(tx -> tx.documents().listWithoutText().size())
                : filter.documents().size();
    }

    private static SegmentFilter withCode(SegmentFilter f, String code) {
        return new SegmentFilter(code, f.where(), f.coder(), f.documents());
    }

    private static List<String> distinct(List<String> codes) {
        return new ArrayList<>(new LinkedHashSet<>(codes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()));
    }

    /** Reads passages with their speakers and context, and scores how typical each is of the code. */
    private static final class PassageReader {
        private final Tx tx;
        private final SegmentViews views;
        private final int context;
        private final Map<Long, Document> documents = new HashMap<>();

        PassageReader(Tx tx, int context) {
            this.tx = tx;
            this.views = new SegmentViews(tx);
            this.context = context;
        }

        RetrievedSegment retrieved(SegmentView v) {
            String text = document(v.documentId()).text();
            return new RetrievedSegment(v, views.speakersOf(v.documentId(), v.start(), v.end()),
                    text.substring(Math.max(0, v.start() - context), v.start()),
                    text.substring(v.end(), Math.min(text.length(), v.end() + context)));
        }

        /** How typical each passage of the cells is of all of them, by segment id. */
        Map<Long, Double> typicality(List<List<SegmentView>> cells) {
            Map<Long, SegmentView> all = new LinkedHashMap<>();
            cells.forEach(cell -> cell.forEach(v -> all.putIfAbsent(v.id(), v)));
            List<PassageTypicality.Passage> passages = new ArrayList<>();
            all.values().forEach(v -> passages.add(new PassageTypicality.Passage(v.text(),
                    document(v.documentId()).language())));
            double[] scores = PassageTypicality.of(passages);
            Map<Long, Double> out = new HashMap<>();
            int i = 0;
            for (Long id : all.keySet()) {
                out.put(id, scores[i++]);
            }
            return out;
        }

        private Document document(long id) {
            return documents.computeIfAbsent(id, d -> tx.documents().find(d).orElseThrow());
        }
    }
}
