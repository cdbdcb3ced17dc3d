package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Code;

/**
 * A compact, immutable snapshot of everything the analyses count: codes as a tree, documents
 * with the offsets of their spoken words, participants and their attributes, speaker turns and
 * who spoke them, and segments as plain int columns sorted by document and start. Segments are
 * attributed to the participants whose turns they overlap, as everywhere in Verbatim.
 *
 * <p>Built once per store generation by the project layer through {@link Builder}; every
 * analysis then runs over arrays, without a database round trip.
 */
public final class CodingData {
    final String[] codePaths;
    final int[] codeDepth;
    final int[][] subtree;
    final String[] documentNames;
    final int[][] wordStarts;
    final String[] participantKeys;
    /** Whether each participant is a respondent: only respondents count as participants unless every role is asked for. */
    final boolean[] respondent;
    final String[] coderNames;
    final int[] documentTurnFrom;
    final int[] turnStart;
    final int[] turnEnd;
    final int[] turnParticipant;
    final int[] turnWords;
    final int[] segCode;
    final int[] segDocument;
    final int[] segCoder;
    final int[] segStart;
    final int[] segEnd;
    final int[] segTurnFrom;
    final int[] segTurnTo;
    final int[] documentSegmentFrom;
    final int[] codeSegmentFrom;
    final int[] codeSegments;
    final Map<String, AttributeColumn> participantAttributes;
    final Map<String, AttributeColumn> documentAttributes;
    private final Map<Long, Integer> codeIndexById;

    private CodingData(Builder b) {
        int codes = b.codes.size();
        codePaths = new String[codes];
        codeDepth = new int[codes];
        codeIndexById = new HashMap<>();
        int[] parent = new int[codes];
        for (int i = 0; i < codes; i++) {
            Code c = b.codes.get(i);
            codeIndexById.put(c.id(), i);
            Integer p = c.parentId() == null ? null : codeIndexById.get(c.parentId());
            if (c.parentId() != null && p == null) {
                throw new IllegalArgumentException("Codes must come parents first: " + c.name());
            }
            parent[i] = p == null ? -1 : p;
            codePaths[i] = p == null ? c.name() : codePaths[p] + " / " + c.name();
            codeDepth[i] = p == null ? 0 : codeDepth[p] + 1;
        }
        subtree = subtrees(parent);

        documentNames = b.documentNames.toArray(String[]::new);
        participantKeys = b.participantKeys.toArray(String[]::new);
        respondent = new boolean[participantKeys.length];
        for (int p = 0; p < respondent.length; p++) {
            respondent[p] = b.respondents.get(p);
        }
        coderNames = b.coderNames.toArray(String[]::new);

        int documents = documentNames.length;
        int[][] turnsByDocument = groupTurns(b, documents);
        documentTurnFrom = new int[documents + 1];
        int turns = b.turnCount;
        turnStart = new int[turns];
        turnEnd = new int[turns];
        turnParticipant = new int[turns];
        turnWords = new int[turns];
        int t = 0;
        for (int d = 0; d < documents; d++) {
            documentTurnFrom[d] = t;
            for (int local : turnsByDocument[d]) {
                turnStart[t] = b.turnStart.get(local);
                turnEnd[t] = b.turnEnd.get(local);
                turnParticipant[t] = b.turnParticipant.get(local);
                t++;
            }
        }
        documentTurnFrom[documents] = t;
        wordStarts = new int[documents][];
        for (int d = 0; d < documents; d++) {
            wordStarts[d] = b.wordStarts.get(d);
            for (int i = documentTurnFrom[d]; i < documentTurnFrom[d + 1]; i++) {
                turnWords[i] = wordsIn(d, turnStart[i], turnEnd[i]);
            }
        }

        int segments = b.segCode.size();
        segCode = new int[segments];
        segDocument = new int[segments];
        segCoder = new int[segments];
        segStart = new int[segments];
        segEnd = new int[segments];
        segTurnFrom = new int[segments];
        segTurnTo = new int[segments];
        documentSegmentFrom = new int[documents + 1];
        int s = 0;
        int[][] byDocument = segmentsByDocument(b, documents);
        for (int d = 0; d < documents; d++) {
            documentSegmentFrom[d] = s;
            for (int local : byDocument[d]) {
                segCode[s] = b.segCode.get(local);
                segDocument[s] = b.segDocument.get(local);
                segCoder[s] = b.segCoder.get(local);
                segStart[s] = b.segStart.get(local);
                segEnd[s] = b.segEnd.get(local);
                locateTurns(s);
                s++;
            }
        }
        documentSegmentFrom[documents] = s;
        codeSegmentFrom = new int[codes + 1];
        codeSegments = new int[segments];
        for (int i = 0; i < segments; i++) {
            codeSegmentFrom[segCode[i] + 1]++;
        }
        for (int c = 0; c < codes; c++) {
            codeSegmentFrom[c + 1] += codeSegmentFrom[c];
        }
        int[] fill = Arrays.copyOf(codeSegmentFrom, codes);
        for (int i = 0; i < segments; i++) {
            codeSegments[fill[segCode[i]]++] = i;
        }
        participantAttributes = b.attributes(AttributeScope.PARTICIPANT, participantKeys.length);
        documentAttributes = b.attributes(AttributeScope.DOCUMENT, documents);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int segmentCount() {
        return segCode.length;
    }

    public int codeCount() {
        return codePaths.length;
    }

    /** The index of a code by its id, as analyses take rows and columns. */
    public int codeIndex(long codeId) {
        Integer i = codeIndexById.get(codeId);
        if (i == null) {
            throw new AnalysisException("There is no code with id " + codeId);
        }
        return i;
    }

    /** Every code index in tree order: parents before children. */
    public int[] allCodes() {
        int[] all = new int[codePaths.length];
        Arrays.setAll(all, i -> i);
        return all;
    }

    /** Spoken words of a document in {@code [from, to)}: word starts inside the range. */
    int wordsIn(int document, int from, int to) {
        int[] starts = wordStarts[document];
        return lowerBound(starts, to) - lowerBound(starts, from);
    }

    static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }

    /** The codes of the whole subtree of each code, the code first. */
    private static int[][] subtrees(int[] parent) {
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < parent.length; i++) {
            for (int a = i; a >= 0; a = parent[a]) {
                members.get(a).add(i);
            }
        }
        int[][] out = new int[parent.length][];
        for (int i = 0; i < parent.length; i++) {
            out[i] = members.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    private static int[][] groupTurns(Builder b, int documents) {
        return sortedWithinDocument(b.turnDocument, b.turnStart, documents);
    }

    private static int[][] segmentsByDocument(Builder b, int documents) {
        return sortedWithinDocument(b.segDocument, b.segStart, documents);
    }

    /** Indices of the rows of each document, ordered by start then by the order they were added. */
    private static int[][] sortedWithinDocument(IntList document, IntList start, int documents) {
        int[] counts = new int[documents];
        for (int i = 0; i < document.size(); i++) {
            counts[document.get(i)]++;
        }
        long[][] keys = new long[documents][];
        for (int d = 0; d < documents; d++) {
            keys[d] = new long[counts[d]];
        }
        int[] fill = new int[documents];
        for (int i = 0; i < document.size(); i++) {
            int d = document.get(i);
            keys[d][fill[d]++] = ((long) start.get(i) << 32) | i;
        }
        int[][] out = new int[documents][];
        for (int d = 0; d < documents; d++) {
            Arrays.sort(keys[d]);
            out[d] = new int[keys[d].length];
            for (int k = 0; k < keys[d].length; k++) {
                out[d][k] = (int) keys[d][k];
            }
        }
        return out;
    }

    /** Turns of a document are sorted and disjoint, so the turns a segment overlaps are one run of them. */
    private void locateTurns(int s) {
        int d = segDocument[s];
        int from = documentTurnFrom[d];
        int to = documentTurnFrom[d + 1];
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (turnEnd[mid] <= segStart[s]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo;
        while (last < to && turnStart[last] < segEnd[s]) {
            last++;
        }
        segTurnFrom[s] = lo;
        segTurnTo[s] = Math.max(lo, last);
    }

    /**
     * Collects the data of one snapshot. Ids are the store's; documents, participants, coders
     * and codes must be added before the turns, segments and attribute values that name them.
     */
    public static final class Builder {
        private final List<Code> codes = new ArrayList<>();
        private final Map<Long, Integer> codeIndex = new HashMap<>();
        private final List<String> documentNames = new ArrayList<>();
        private final List<int[]> wordStarts = new ArrayList<>();
        private final Map<Long, Integer> documentIndex = new HashMap<>();
        private final List<String> participantKeys = new ArrayList<>();
        private final Map<Long, Integer> participantIndex = new HashMap<>();
        private final List<Boolean> respondents = new ArrayList<>();
        private final List<String> coderNames = new ArrayList<>();
        private final Map<Long, Integer> coderIndex = new HashMap<>();
        private final IntList turnDocument = new IntList();
        private final IntList turnStart = new IntList();
        private final IntList turnEnd = new IntList();
        private final IntList turnParticipant = new IntList();
        private int turnCount;
        private final IntList segCode = new IntList();
        private final IntList segDocument = new IntList();
        private final IntList segCoder = new IntList();
        private final IntList segStart = new IntList();
        private final IntList segEnd = new IntList();
        private final Map<AttributeScope, Map<String, AttributeType>> attributeTypes = new HashMap<>();
        private final Map<AttributeScope, Map<String, Map<Long, String>>> attributeValues = new HashMap<>();

        private Builder() {
        }

        /** The codebook, parents before children; the order is the order rows are shown in. */
        public Builder codes(List<Code> depthFirst) {
            for (Code c : depthFirst) {
                codeIndex.put(c.id(), codes.size());
                codes.add(c);
            }
            return this;
        }

        /** A document and the sorted offsets where its spoken words start (its speech, not labels). */
        public Builder document(long id, String name, int[] spokenWordStarts) {
            documentIndex.put(id, documentNames.size());
            documentNames.add(name);
            wordStarts.add(spokenWordStarts);
            return this;
        }

        /** A respondent. */
        public Builder participant(long id, String key) {
            return participant(id, key, true);
        }

        /** A participant; {@code respondent} false for an interviewer, moderator or observer. */
        public Builder participant(long id, String key, boolean respondent) {
            participantIndex.put(id, participantKeys.size());
            participantKeys.add(key);
            respondents.add(respondent);
            return this;
        }

        public Builder coder(long id, String name) {
            coderIndex.put(id, coderNames.size());
            coderNames.add(name);
            return this;
        }

        /** A speaker turn; {@code participantId} is null when its speaker label is not mapped. */
        public Builder turn(long documentId, int start, int end, Long participantId) {
            turnDocument.add(index(documentIndex, documentId, "document"));
            turnStart.add(start);
            turnEnd.add(end);
            turnParticipant.add(participantId == null ? -1 : index(participantIndex, participantId, "participant"));
            turnCount++;
            return this;
        }

        public Builder segment(long documentId, long codeId, long coderId, int start, int end) {
            segDocument.add(index(documentIndex, documentId, "document"));
            segCode.add(index(codeIndex, codeId, "code"));
            segCoder.add(index(coderIndex, coderId, "coder"));
            segStart.add(start);
            segEnd.add(end);
            return this;
        }

        /** One attribute with its values by owner id (participant or document ids, as the scope says). */
        public Builder attribute(AttributeScope scope, String name, AttributeType type, Map<Long, String> valuesByOwner) {
            attributeTypes.computeIfAbsent(scope, k -> new LinkedHashMap<>()).put(name, type);
            attributeValues.computeIfAbsent(scope, k -> new HashMap<>()).put(name, valuesByOwner);
            return this;
        }

        public CodingData build() {
            return new CodingData(this);
        }

        private Map<String, AttributeColumn> attributes(AttributeScope scope, int owners) {
            Map<Long, Integer> index = scope == AttributeScope.PARTICIPANT ? participantIndex : documentIndex;
            Map<String, AttributeColumn> out = new LinkedHashMap<>();
            attributeTypes.getOrDefault(scope, Map.of()).forEach((name, type) -> {
                String[] values = new String[owners];
                attributeValues.get(scope).get(name).forEach((owner, value) -> {
                    Integer i = index.get(owner);
                    if (i != null) {
                        values[i] = value;
                    }
                });
                out.put(name, new AttributeColumn(name, scope, type, values));
            });
            return out;
        }

        private static int index(Map<Long, Integer> index, long id, String what) {
            Integer i = index.get(id);
            if (i == null) {
                throw new IllegalArgumentException("Unknown " + what + " id " + id);
            }
            return i;
        }
    }
}
