package org.verbatim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link AnalysisFilter} applied to a {@link CodingData}: which segments pass, and which of
 * a passing segment's participants count. A segment passes when its document, or its document
 * together with one and the same of its participants, has every attribute asked for; only
 * those participants count for it — a segment shared by a woman and a man counts for the
 * woman alone under {@code --where gender=female}.
 */
final class Selection {
    private final CodingData data;
    private final boolean[] documentSelected;
    private final boolean[][] documentMatch;
    private final boolean[][] participantMatch;
    private final int coder;
    private final int[] coderOfDocument;
    private final boolean allRoles;
    private final boolean[] passes;

    Selection(CodingData data, AnalysisFilter filter) {
        this.data = data;
        this.documentSelected = selectDocuments(data, filter.documents());
        this.coder = filter.coder() == null ? -1 : coderIndex(data, filter.coder());
        this.coderOfDocument = codersByDocument(data, filter.coderByDocument());
        this.allRoles = filter.allRoles();
        int n = filter.where().size();
        this.documentMatch = new boolean[n][];
        this.participantMatch = new boolean[n][];
        int a = 0;
        for (var e : filter.where().entrySet()) {
            AttributeColumn onDocuments = data.documentAttributes.get(e.getKey());
            AttributeColumn onParticipants = data.participantAttributes.get(e.getKey());
            if (onDocuments == null && onParticipants == null) {
                throw new AnalysisException("There is no attribute '" + e.getKey() + "' (" + Attributes.known(data) + ")");
            }
            documentMatch[a] = matches(onDocuments, data.documentNames.length, e.getValue());
            participantMatch[a] = matches(onParticipants, data.participantKeys.length, e.getValue());
            a++;
        }
        this.passes = new boolean[data.segmentCount()];
        int[] buffer = new int[16];
        for (int s = 0; s < passes.length; s++) {
            passes[s] = decide(s, buffer);
        }
        if (coder < 0) {
            PooledDuplicates.drop(data, passes);
        }
    }

    boolean allRoles() {
        return allRoles;
    }

    /** Whether a participant counts as one: a respondent, or anyone when every role is asked for. */
    boolean counts(int participant) {
        return allRoles || data.respondent[participant];
    }

    boolean passes(int segment) {
        return passes[segment];
    }

    boolean documentSelected(int document) {
        return documentSelected[document];
    }

    /** Whether a document, with the given participant (or -1 for none), has every attribute asked for. */
    boolean fits(int document, int participant) {
        for (int a = 0; a < documentMatch.length; a++) {
            if (!documentMatch[a][document] && (participant < 0 || !participantMatch[a][participant])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a turn's words belong to what is analysed: a selected document and a speaker who fits. */
    boolean turnCounts(int turn, int document) {
        return documentSelected[document] && fits(document, data.turnParticipant[turn]);
    }

    /**
     * Writes the distinct participants of a segment that count for it into {@code out} (grown
     * as needed, returned) and their number into {@code count[0]}: speakers who fit the filter
     * and are respondents, unless every role counts.
     */
    int[] participants(int segment, int[] out, int[] count) {
        return speakers(segment, out, count, false);
    }

    /**
     * As {@link #participants}, but with {@code anyRole} every speaker who fits the filter,
     * respondent or not: a segment on an interviewer's words is still a segment of their city.
     */
    int[] speakers(int segment, int[] out, int[] count, boolean anyRole) {
        int d = data.segDocument[segment];
        int n = 0;
        for (int t = data.segTurnFrom[segment]; t < data.segTurnTo[segment]; t++) {
            int p = data.turnParticipant[t];
            if (p < 0 || contains(out, n, p) || !fits(d, p) || !(anyRole || counts(p))) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = p;
        }
        count[0] = n;
        return out;
    }

    private boolean decide(int s, int[] buffer) {
        int d = data.segDocument[s];
        if (!documentSelected[d] || (coder >= 0 && data.segCoder[s] != coder)
                || (coderOfDocument[d] >= 0 && data.segCoder[s] != coderOfDocument[d])) {
            return false;
        }
        if (documentMatch.length == 0) {
            return true;
        }
        boolean anyParticipant = false;
        for (int t = data.segTurnFrom[s]; t < data.segTurnTo[s]; t++) {
            int p = data.turnParticipant[t];
            if (p >= 0) {
                anyParticipant = true;
                if (fits(d, p)) {
                    return true;
                }
            }
        }
        return !anyParticipant && fits(d, -1);
    }

    private static boolean contains(int[] values, int n, int v) {
        for (int i = 0; i < n; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] matches(AttributeColumn column, int owners, List<String> wanted) {
        boolean[] out = new boolean[owners];
        if (column == null) {
            return out;
        }
        List<String> lower = new ArrayList<>();
        wanted.forEach(w -> lower.add(w.strip().toLowerCase(Locale.ROOT)));
        for (int i = 0; i < owners; i++) {
            String v = column.valueOf(i);
            out[i] = v != null && lower.contains(v.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static boolean[] selectDocuments(CodingData data, List<String> names) {
        boolean[] out = new boolean[data.documentNames.length];
        if (names.isEmpty()) {
            Arrays.fill(out, true);
            return out;
        }
        List<String> all = Arrays.asList(data.documentNames);
        for (String name : names) {
            int d = all.indexOf(name);
            if (d < 0) {
                throw new AnalysisException("There is no document '" + name + "' in the project");
            }
            out[d] = true;
        }
        return out;
    }

    private static int[] codersByDocument(CodingData data, Map<String, String> chosen) {
        int[] out = new int[data.documentNames.length];
        Arrays.fill(out, -1);
        List<String> all = Arrays.asList(data.documentNames);
        chosen.forEach((document, coderName) -> {
            int d = all.indexOf(document);
            if (d < 0) {
                throw new AnalysisException("There is no document '" + document + "' in the project");
            }
            out[d] = coderIndex(data, coderName);
        });
        return out;
    }

    private static int coderIndex(CodingData data, String name) {
        int i = Arrays.asList(data.coderNames).indexOf(name.strip());
        if (i < 0) {
            throw new AnalysisException("There is no coder '" + name + "' (coders: "
                    + (data.coderNames.length == 0 ? "none yet" : String.join(", ", data.coderNames)) + ")");
        }
        return i;
    }

    /** The passing segments of a code (with its sub-codes when asked), in document and position order. */
    int[] passing(int code, boolean withSubcodes) {
        IntList out = new IntList();
        for (int member : Rows.membersOf(data, code, withSubcodes)) {
            for (int k = data.codeSegmentFrom[member]; k < data.codeSegmentFrom[member + 1]; k++) {
                if (passes[data.codeSegments[k]]) {
                    out.add(data.codeSegments[k]);
                }
            }
        }
        int[] sorted = out.toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
