package org.verbatim.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.verbatim.project.CodeNode;
import org.verbatim.project.CodeTree;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ParticipantView;

/**
 * Which codes and attributes the comparison views offer and show: a code's whole subtree as
 * rows of a table, or its direct sub-codes (each counting its own sub-codes) where rows must
 * not contain one another — for a test of independence, and for bars side by side.
 */
final class AnalysisRows {
    /** The chooser's entry for the whole codebook. */
    static final String ALL_CODES = "All codes";

    private AnalysisRows() {
    }

    /** The code and every code below it, in tree order; every code for {@link #ALL_CODES}. */
    static List<String> subtree(List<CodeNode> codes, String root) {
        List<String> out = new ArrayList<>();
        for (CodeNode n : codes) {
            if (isAll(root) || n.path().equals(root) || n.path().startsWith(root + CodeTree.SEPARATOR)) {
                out.add(n.path());
            }
        }
        return out;
    }

    /** The code's direct sub-codes (top-level codes for {@link #ALL_CODES}); a code without any stands alone. */
    static List<String> children(List<CodeNode> codes, String root) {
        List<String> out = new ArrayList<>();
        int depth = isAll(root) ? 0 : codes.stream().filter(n -> n.path().equals(root)).mapToInt(n -> n.depth() + 1)
                .findFirst().orElse(-1);
        for (CodeNode n : codes) {
            if (n.depth() == depth && (isAll(root) || n.path().startsWith(root + CodeTree.SEPARATOR))) {
                out.add(n.path());
            }
        }
        return out.isEmpty() && !isAll(root) ? List.of(root) : out;
    }

    /** The last name of a path: {@code Threats / China} → {@code China}. */
    static String leaf(String path) {
        int at = path.lastIndexOf(CodeTree.SEPARATOR);
        return at < 0 ? path : path.substring(at + CodeTree.SEPARATOR.length());
    }

    /**
     * The attributes to compare by: participant attributes by name, document attributes by name
     * unless a participant attribute has it too, then as {@code document:NAME}.
     */
    static List<String> attributes(List<ParticipantView> participants, List<DocumentSummary> documents) {
        Set<String> out = new LinkedHashSet<>();
        participants.forEach(p -> out.addAll(p.attributes().keySet()));
        Set<String> onParticipants = Set.copyOf(out);
        documents.forEach(d -> d.attributes().keySet()
                .forEach(a -> out.add(onParticipants.contains(a) ? "document:" + a : a)));
        return new ArrayList<>(out);
    }

    private static boolean isAll(String root) {
        return root == null || root.isBlank() || root.equals(ALL_CODES);
    }
}
