package org.verbatim.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.verbatim.analysis.AnalysisException;
import org.verbatim.analysis.AnalysisFilter;
import org.verbatim.analysis.CellSegments;
import org.verbatim.analysis.CoOccurrence;
import org.verbatim.analysis.CodingCounted;
import org.verbatim.analysis.CodingData;
import org.verbatim.analysis.CrossTabulation;
import org.verbatim.analysis.Frequencies;
import org.verbatim.analysis.GroupBy;
import org.verbatim.analysis.ParticipantCounts;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.Code;
import org.verbatim.model.Document;
import org.verbatim.model.analysis.CoOccurrenceMatrix;
import org.verbatim.model.analysis.CoOccurrenceScope;
import org.verbatim.model.analysis.CodeFrequency;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.model.analysis.ParticipantMatrix;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * The analyses of a project: frequencies, cross-tabs, co-occurrence, the participant matrix
 * and retrieval. Counting runs over a {@link CodingData} snapshot kept for as long as the
 * store's generation does not change, so a window asking for several tables reads the
 * database once; after a change only segments, turns and attributes are read again.
 */
final class AnalysisQueries {
    private final ProjectStore store;
    private Snapshot snapshot;
    /** Spoken-word offsets by document id, kept across snapshots: documents' texts never change. */
    private final Map<Long, int[]> wordStarts = new HashMap<>();

    /** The counted data of one store generation with the codebook it was read with. */
    private record Snapshot(long generation, CodingData data, CodeTree codes) { }

    AnalysisQueries(ProjectStore store) {
        this.store = store;
    }

    /** Reads the snapshot now if the store has changed since it was read; returns its number of segments. */
    int prepare() {
        return snapshot().data().segmentCount();
    }

    List<CodeFrequency> frequencies(SegmentFilter filter, List<String> codes, boolean withSubcodes) {
        return run(s -> Frequencies.of(s.data(), filter(s, filter), rows(s, codes), withSubcodes));
    }

    CrossTab crosstab(CrossTabRequest r) {
        boolean byAttribute = r.by() != null && !r.by().isBlank();
        if (byAttribute == !r.byCodes().isEmpty()) {
            throw new ProjectException("Give the columns either as an attribute (--by) or as codes (--by-codes), not "
                    + (byAttribute ? "both" : "neither"));
        }
        if (!byAttribute && r.test()) {
            throw new ProjectException("The test of independence is for codes by the values of an attribute, not codes"
                    + " by codes (their cells share units)");
        }
        if (!byAttribute && !r.bands().isEmpty()) {
            throw new ProjectException("Bands group the values of an attribute; give --by with them");
        }
        return run(s -> {
            CrossTabulation tabulation = new CrossTabulation(s.data(), filter(s, r.filter()), r.withSubcodes());
            int[] rows = rows(s, r.codes());
            return byAttribute ? tabulation.byAttribute(rows, groupBy(r.by(), r.bands()), r.unit(), r.test(), r.correction())
                    : tabulation.byCodes(rows, rows(s, r.byCodes()), r.unit());
        });
    }

    /**
     * The segments behind the cell of row {@code code} and column {@code column} in the cross-tab
     * {@code r} asks for (an attribute's columns), by the rules its counts follow.
     */
    List<SegmentView> cellSegments(CrossTabRequest r, String code, String column) {
        if (r.by() == null || r.by().isBlank()) {
            throw new ProjectException("Only a cross-tab by an attribute's values lists the segments of a cell");
        }
        List<CellSegments.Key> keys = run(s -> new CellSegments(s.data(), filter(s, r.filter()), r.withSubcodes())
                .of(rows(s, List.of(code))[0], groupBy(r.by(), r.bands()), r.unit(), column));
        Map<CellSegments.Key, Integer> wanted = new HashMap<>();
        keys.forEach(k -> wanted.merge(k, 1, Integer::sum));
        return store.read(tx -> {
            List<SegmentView> out = new ArrayList<>();
            for (SegmentView v : new SegmentViews(tx).select(SegmentFilter.ofCode(code))) {
                CellSegments.Key k = new CellSegments.Key(v.document(), v.code(), v.coder(), v.start(), v.end());
                // Two segments alike in all but their id are both in the cell, each once.
                if (wanted.getOrDefault(k, 0) > 0) {
                    wanted.merge(k, -1, Integer::sum);
                    out.add(v);
                }
            }
            return out;
        });
    }

    /** Which coding an analysis with this filter counts, in words. */
    String codingCounted(SegmentFilter filter) {
        return run(s -> CodingCounted.describe(s.data(), filter(s, filter)));
    }

    CoOccurrenceMatrix cooccurrence(SegmentFilter filter, List<String> codes, boolean withSubcodes,
                                    CoOccurrenceScope scope) {
        return run(s -> CoOccurrence.of(s.data(), filter(s, filter), rows(s, codes), withSubcodes, scope));
    }

    ParticipantMatrix participantMatrix(SegmentFilter filter, List<String> codes, boolean withSubcodes) {
        return run(s -> ParticipantCounts.matrix(s.data(), filter(s, filter), rows(s, codes), withSubcodes));
    }

    /** Every segment of the filter's code and its sub-codes, with speakers and {@code context} characters each side. */
    List<RetrievedSegment> retrieve(SegmentFilter filter, int context) {
        if (filter.code() == null) {
            throw new ProjectException("Retrieval needs a code: give --code PATH");
        }
        if (context < 0) {
            throw new ProjectException("The context must be 0 or more characters, not " + context);
        }
        return store.read(tx -> {
            checkFilter(tx, filter);
            SegmentViews views = new SegmentViews(tx);
            List<RetrievedSegment> out = new ArrayList<>();
            Document document = null;
            for (SegmentView v : views.select(filter)) {
                if (document == null || document.id() != v.documentId()) {
                    document = tx.documents().find(v.documentId()).orElseThrow();
                }
                String text = document.text();
                out.add(new RetrievedSegment(v, views.speakersOf(v.documentId(), v.start(), v.end()),
                        text.substring(Math.max(0, v.start() - context), v.start()),
                        text.substring(v.end(), Math.min(text.length(), v.end() + context))));
            }
            return out;
        });
    }

    private synchronized Snapshot snapshot() {
        long generation = store.read(Tx::generation);
        if (snapshot == null || snapshot.generation() != generation) {
            snapshot = store.read(tx -> new Snapshot(tx.generation(), CodingDataLoader.load(tx, wordStarts), Codebook.tree(tx)));
        }
        return snapshot;
    }

    private <T> T run(Function<Snapshot, T> analysis) {
        try {
            return analysis.apply(snapshot());
        } catch (AnalysisException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /** Code paths as row indices; no paths means every code in tree order. Repeated paths are shown once. */
    private static int[] rows(Snapshot s, List<String> paths) {
        if (paths.isEmpty()) {
            return s.data().allCodes();
        }
        Set<Integer> rows = new LinkedHashSet<>();
        for (String path : paths) {
            Code c = s.codes().require(path);
            rows.add(s.data().codeIndex(c.id()));
        }
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    private AnalysisFilter filter(Snapshot s, SegmentFilter f) {
        List<String> names = new ArrayList<>();
        Map<String, String> coderByDocument = new HashMap<>();
        if (!f.documents().isEmpty() || !f.coderByDocument().isEmpty()) {
            store.read(tx -> {
                f.documents().forEach(ref -> names.add(DocumentRefs.resolve(tx, ref).name()));
                f.coderByDocument().forEach((ref, coder) -> coderByDocument.put(DocumentRefs.resolve(tx, ref).name(), coder));
                return null;
            });
        }
        return new AnalysisFilter(f.where(), f.coder(), names, coderByDocument, f.allRoles());
    }

    /** {@code city}, {@code participant:city} or {@code document:city}. */
    private static GroupBy groupBy(String by, List<String> bands) {
        String b = by.strip();
        int colon = b.indexOf(':');
        if (colon > 0) {
            String scope = b.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String name = b.substring(colon + 1).strip();
            return switch (scope) {
                case "participant" -> new GroupBy(name, AttributeScope.PARTICIPANT, bands);
                case "document" -> new GroupBy(name, AttributeScope.DOCUMENT, bands);
                default -> throw new ProjectException("Cannot read --by " + by
                        + ": write ATTRIBUTE, participant:ATTRIBUTE or document:ATTRIBUTE");
            };
        }
        return new GroupBy(b, null, bands);
    }

    /** Retrieval lists through the segment views, which match unknown names silently; these refuse them instead. */
    private static void checkFilter(Tx tx, SegmentFilter f) {
        for (String attribute : f.where().keySet()) {
            if (tx.attributes().find(AttributeScope.PARTICIPANT, attribute).isEmpty()
                    && tx.attributes().find(AttributeScope.DOCUMENT, attribute).isEmpty()) {
                throw new ProjectException("There is no attribute '" + attribute + "' (see: verbatim participants,"
                        + " verbatim docs)");
            }
        }
        if (f.coder() != null && tx.coders().all().stream().noneMatch(c -> c.name().equals(f.coder().strip()))) {
            throw new ProjectException("There is no coder '" + f.coder() + "'");
        }
    }
}
