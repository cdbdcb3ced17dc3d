package org.verbatim.project;

import java.util.List;
import java.util.Map;

/**
 * Which segments to list, export or count. {@code code} (a path) includes its sub-codes;
 * {@code where} maps an attribute name to accepted values — values of one attribute are
 * alternatives, and all attributes must match, each on the segment's document or on one and the
 * same of its participants. Null or empty fields do not filter.
 *
 * <p>Two choices matter to the analyses only. {@code coderByDocument} names, by document name
 * or reference, the one coder whose coding counts in that document (other documents follow
 * {@code coder}, or pool every coder). {@code allRoles} counts interviewers, moderators and
 * observers as participants too; by default only respondents are.
 */
public record SegmentFilter(String code, Map<String, List<String>> where, String coder, List<String> documents,
                            Map<String, String> coderByDocument, boolean allRoles) {
    public static final SegmentFilter ALL = new SegmentFilter(null, Map.of(), null, List.of());

    public SegmentFilter {
        where = where == null ? Map.of() : Map.copyOf(where);
        documents = documents == null ? List.of() : List.copyOf(documents);
        coderByDocument = coderByDocument == null ? Map.of() : Map.copyOf(coderByDocument);
    }

    public SegmentFilter(String code, Map<String, List<String>> where, String coder, List<String> documents) {
        this(code, where, coder, documents, Map.of(), false);
    }

    public static SegmentFilter ofCode(String code) {
        return new SegmentFilter(code, Map.of(), null, List.of());
    }

    /** The same filter counting every role, or respondents only. */
    public SegmentFilter withAllRoles(boolean all) {
        return new SegmentFilter(code, where, coder, documents, coderByDocument, all);
    }

    /** The same filter with one coder chosen per document (document reference to coder name). */
    public SegmentFilter withCoderByDocument(Map<String, String> chosen) {
        return new SegmentFilter(code, where, coder, documents, chosen, allRoles);
    }
}
