package org.verbatim.project;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.verbatim.analysis.Reliability;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.Tx;

/**
 * Compares two or more coders over the documents at least two of them coded. The units are
 * fixed by each document — its turns, or its spoken characters — and a coder who did not code
 * a document is missing there, not "absent", so every figure rests on the same units whichever
 * codes are asked for.
 */
final class AgreementQueries {
    static final String ALL_CODES = "(all codes)";

    private AgreementQueries() {
    }

    /** One document's units and, per coder present, the units each code of theirs covers. */
    private record Judged(List<BitSet[]> byCoder, int units) { }

    static AgreementReport compare(Tx tx, List<String> coderNames, AgreementUnit unit, List<String> documentRefs,
                                   List<String> codePaths) {
        List<Coder> coders = coders(tx, coderNames);
        CodeTree tree = Codebook.tree(tx);
        List<Code> codes = tree.depthFirst();
        Map<Long, Integer> codeIndex = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            codeIndex.put(codes.get(i).id(), i);
        }
        Set<Long> inScope = codesInScope(tree, codePaths);
        List<String> notes = new ArrayList<>();
        Map<Document, Judged> judged = new LinkedHashMap<>();
        BitSet used = new BitSet();
        for (Map.Entry<Document, List<Segment>> e : compared(tx, coders, documentRefs).entrySet()) {
            Document d = e.getKey();
            List<Turn> turns = tx.turns().ofDocument(d.id());
            if (unit == AgreementUnit.TURN && turns.isEmpty()) {
                notes.add(d.name() + " has no speaker turns, so it has no units to compare turn by turn;"
                        + " compare it with --unit character");
                continue;
            }
            if (unit == AgreementUnit.CHARACTER && turns.isEmpty()) {
                notes.add(d.name() + " has no speaker turns: every non-blank character of its text is a unit");
            }
            int[] unitOf = unitIndex(unit, turns, unit == AgreementUnit.CHARACTER
                    ? tx.documents().find(d.id()).orElseThrow().text() : null);
            int units = 0;
            for (int u : unitOf) {
                units = Math.max(units, u + 1);
            }
            List<BitSet[]> byCoder = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Coder c : coders) {
                List<Segment> mine = e.getValue().stream().filter(s -> s.coderId() == c.id()).toList();
                if (mine.isEmpty()) {
                    byCoder.add(null);
                    missing.add(c.name());
                    continue;
                }
                BitSet[] covered = new BitSet[codes.size()];
                for (Segment s : mine) {
                    if (!inScope.contains(s.codeId())) {
                        continue;
                    }
                    int k = codeIndex.get(s.codeId());
                    used.set(k);
                    if (covered[k] == null) {
                        covered[k] = new BitSet(units);
                    }
                    mark(covered[k], s, unit, turns, unitOf);
                }
                byCoder.add(covered);
            }
            if (!missing.isEmpty()) {
                notes.add(String.join(", ", missing) + " did not code " + d.name()
                        + ": missing there, not counted as coding nothing");
            }
            judged.put(d, new Judged(byCoder, units));
        }
        if (judged.isEmpty()) {
            throw new ProjectException("None of the documents compared has units to compare: " + String.join("; ", notes));
        }
        List<AgreementRow> rows = new ArrayList<>();
        for (int k = used.nextSetBit(0); k >= 0; k = used.nextSetBit(k + 1)) {
            int code = k;
            rows.add(row(tree.path(codes.get(k).id()), coders.size(), judged, (covered, u) ->
                    covered[code] != null && covered[code].get(u) ? 1 : 0));
        }
        List<AgreementRow> groups = new ArrayList<>();
        for (Code parent : codes) {
            List<Code> children = tree.childrenOf(parent.id());
            if (!inScope.contains(parent.id()) || children.size() < 2) {
                continue;
            }
            int[][] members = new int[children.size()][];
            boolean any = false;
            for (int i = 0; i < children.size(); i++) {
                members[i] = tree.subtree(children.get(i).id()).stream().mapToInt(c -> codeIndex.get(c.id())).toArray();
                for (int m : members[i]) {
                    any |= used.get(m);
                }
            }
            if (!any) {
                continue;
            }
            long[] together = new long[1];
            groups.add(row(tree.path(parent.id()) + " (" + children.size() + " sub-codes)", coders.size(), judged,
                    (covered, u) -> category(covered, u, members, together)));
            if (together[0] > 0) {
                notes.add(tree.path(parent.id()) + ": " + together[0] + " coder-unit values had more than one of its"
                        + " sub-codes and are left out of its figure, which needs one category per unit");
            }
        }
        Map<String, Integer> combinations = new HashMap<>();
        AgreementRow overall = row(ALL_CODES, coders.size(), judged, (covered, u) -> {
            StringBuilder key = new StringBuilder();
            for (int k = used.nextSetBit(0); k >= 0; k = used.nextSetBit(k + 1)) {
                if (covered[k] != null && covered[k].get(u)) {
                    key.append(k).append(',');
                }
            }
            return combinations.computeIfAbsent(key.toString(), x -> combinations.size());
        });
        return new AgreementReport(coders.stream().map(Coder::name).toList(), unit,
                judged.keySet().stream().map(Document::name).toList(), rows, groups, overall, notes);
    }

    /** A coder's value on one unit from what their codes cover; {@link Reliability#MISSING} when none fits. */
    private interface Value {
        int of(BitSet[] covered, int unit);
    }

    private static AgreementRow row(String label, int coders, Map<Document, Judged> judged, Value value) {
        Reliability r = new Reliability(coders);
        int[] values = new int[coders];
        for (Judged j : judged.values()) {
            for (int u = 0; u < j.units(); u++) {
                for (int c = 0; c < coders; c++) {
                    BitSet[] covered = j.byCoder().get(c);
                    values[c] = covered == null ? Reliability.MISSING : value.of(covered, u);
                }
                r.add(values);
            }
        }
        boolean binary = coders == 2 && !label.equals(ALL_CODES) && !label.endsWith("sub-codes)");
        return new AgreementRow(label, r.pairableUnits(), binary ? r.cell(1, 1) : null, binary ? r.cell(1, 0) : null,
                binary ? r.cell(0, 1) : null, binary ? r.cell(0, 0) : null, defined(r.percentAgreement()),
                defined(r.cohensKappa()), defined(r.krippendorffsAlpha()), defined(r.fleissKappa()));
    }

    /** 0 for none of the sub-codes, i + 1 for the i-th; missing (and counted) when a coder gave it two. */
    private static int category(BitSet[] covered, int unit, int[][] members, long[] together) {
        int found = 0;
        for (int i = 0; i < members.length; i++) {
            for (int m : members[i]) {
                if (covered[m] != null && covered[m].get(unit)) {
                    if (found != 0 && found != i + 1) {
                        together[0]++;
                        return Reliability.MISSING;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    /**
     * For each character of the text, its unit number or −1: turns by number at --unit turn;
     * at --unit character the non-blank characters inside turns (or of the whole text when
     * there are none) in order.
     */
    private static int[] unitIndex(AgreementUnit unit, List<Turn> turns, String text) {
        if (unit == AgreementUnit.TURN) {
            int[] out = new int[turns.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = i;
            }
            return out;
        }
        int[] out = new int[text.length()];
        java.util.Arrays.fill(out, -1);
        int next = 0;
        if (turns.isEmpty()) {
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    out[i] = next++;
                }
            }
            return out;
        }
        for (Turn t : turns) {
            for (int i = t.start(); i < Math.min(t.end(), text.length()); i++) {
                if (!Character.isWhitespace(text.charAt(i)) && out[i] < 0) {
                    out[i] = next++;
                }
            }
        }
        return out;
    }

    private static void mark(BitSet covered, Segment s, AgreementUnit unit, List<Turn> turns, int[] unitOf) {
        if (unit == AgreementUnit.TURN) {
            for (int i = 0; i < turns.size(); i++) {
                if (s.start() < turns.get(i).end() && s.end() > turns.get(i).start()) {
                    covered.set(i);
                }
            }
            return;
        }
        for (int i = Math.max(0, s.start()); i < Math.min(s.end(), unitOf.length); i++) {
            if (unitOf[i] >= 0) {
                covered.set(unitOf[i]);
            }
        }
    }

    private static List<Coder> coders(Tx tx, List<String> names) {
        if (names.size() < 2) {
            throw new ProjectException("Give two or more coders to compare");
        }
        List<Coder> all = tx.coders().all();
        List<Coder> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names.stream().map(String::strip).toList())) {
            out.add(all.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new ProjectException(
                    "There is no coder '" + name + "' in this project (coders: "
                            + all.stream().map(Coder::name).collect(Collectors.joining(", ")) + ")")));
        }
        if (out.size() < 2) {
            throw new ProjectException("Give two or more different coders to compare");
        }
        return out;
    }

    /** The documents compared with the coders' segments in each: those given, or every one two or more coded. */
    private static Map<Document, List<Segment>> compared(Tx tx, List<Coder> coders, List<String> refs) {
        List<Document> candidates = refs.isEmpty() ? tx.documents().listWithoutText()
                : refs.stream().map(r -> DocumentRefs.resolve(tx, r)).toList();
        Set<Long> ids = coders.stream().map(Coder::id).collect(Collectors.toSet());
        Map<Document, List<Segment>> compared = new LinkedHashMap<>();
        for (Document d : candidates) {
            List<Segment> segments = tx.segments().ofDocument(d.id()).stream().filter(s -> ids.contains(s.coderId()))
                    .toList();
            long codersHere = segments.stream().map(Segment::coderId).distinct().count();
            if (codersHere >= 2 || (!refs.isEmpty() && codersHere >= 1)) {
                compared.put(d, segments);
            }
        }
        if (compared.isEmpty()) {
            throw new ProjectException(coders.stream().map(Coder::name).collect(Collectors.joining(" and "))
                    + " have not coded any document in common");
        }
        return compared;
    }

    private static Set<Long> codesInScope(CodeTree tree, List<String> paths) {
        if (paths.isEmpty()) {
            return tree.depthFirst().stream().map(Code::id).collect(Collectors.toSet());
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String path : paths) {
            tree.subtree(tree.require(path).id()).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
