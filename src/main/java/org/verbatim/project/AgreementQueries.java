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
import org.verbatim.analysis.CoderAgreement;
import org.verbatim.analysis.CoderAgreement.Counts;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.Tx;

/** Compares two coders code by code over the documents they both coded. */
final class AgreementQueries {
    static final String ALL_CODES = "(all codes)";

    private AgreementQueries() {
    }

    static AgreementReport compare(Tx tx, String first, String second, AgreementUnit unit, List<String> documentRefs,
                                   List<String> codePaths) {
        Coder a = coder(tx, first);
        Coder b = coder(tx, second);
        if (a.id() == b.id()) {
            throw new ProjectException("Give two different coders to compare");
        }
        Map<Document, List<Segment>> compared = compared(tx, a, b, documentRefs);
        CodeTree tree = Codebook.tree(tx);
        Set<Long> inScope = codesInScope(tree, codePaths);
        Set<Long> used = new LinkedHashSet<>();
        compared.values().forEach(segments -> segments.stream().map(Segment::codeId).filter(inScope::contains)
                .forEach(used::add));
        // Every code either coder used is judged on every unit of every document compared: a unit
        // neither coded with it is an agreement too.
        Map<Long, Counts> perCode = new HashMap<>();
        for (var entry : compared.entrySet()) {
            Document d = entry.getKey();
            List<Segment> segments = entry.getValue();
            List<Turn> turns = unit == AgreementUnit.TURN ? tx.turns().ofDocument(d.id()) : List.of();
            for (long code : used) {
                Counts c = unit == AgreementUnit.TURN ? byTurn(turns, segments, code, a, b) : byCharacter(segments, code, a, b);
                perCode.merge(code, c, Counts::plus);
            }
        }
        List<AgreementRow> rows = new ArrayList<>();
        Counts total = Counts.NONE;
        for (Code c : tree.depthFirst()) {
            Counts counts = perCode.get(c.id());
            if (counts != null) {
                rows.add(row(tree.path(c.id()), counts));
                total = total.plus(counts);
            }
        }
        return new AgreementReport(a.name(), b.name(), unit, compared.keySet().stream().map(Document::name).toList(), rows,
                row(ALL_CODES, total));
    }

    private static Coder coder(Tx tx, String name) {
        List<Coder> coders = tx.coders().all();
        return coders.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new ProjectException(
                "There is no coder '" + name + "' in this project (coders: "
                        + coders.stream().map(Coder::name).collect(Collectors.joining(", ")) + ")"));
    }

    /** The documents compared, each with the two coders' segments in it: those given, or every one both coded. */
    private static Map<Document, List<Segment>> compared(Tx tx, Coder a, Coder b, List<String> refs) {
        List<Document> candidates = refs.isEmpty() ? tx.documents().listWithoutText()
                : refs.stream().map(r -> DocumentRefs.resolve(tx, r)).toList();
        Map<Document, List<Segment>> compared = new LinkedHashMap<>();
        for (Document d : candidates) {
            List<Segment> segments = tx.segments().ofDocument(d.id()).stream()
                    .filter(s -> s.coderId() == a.id() || s.coderId() == b.id()).toList();
            boolean bothCoded = segments.stream().anyMatch(s -> s.coderId() == a.id())
                    && segments.stream().anyMatch(s -> s.coderId() == b.id());
            if (!refs.isEmpty() || bothCoded) {
                compared.put(d, segments);
            }
        }
        if (compared.isEmpty()) {
            throw new ProjectException(a.name() + " and " + b.name() + " have not coded any document in common");
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

    /** Turn by turn, over the turns either coder coded with anything. */
    private static Counts byTurn(List<Turn> turns, List<Segment> segments, long code, Coder a, Coder b) {
        List<Turn> inPlay = turns.stream().filter(t -> segments.stream().anyMatch(s -> overlaps(s, t))).toList();
        boolean[] first = new boolean[inPlay.size()];
        boolean[] second = new boolean[inPlay.size()];
        for (int i = 0; i < inPlay.size(); i++) {
            Turn t = inPlay.get(i);
            first[i] = segments.stream().anyMatch(s -> s.codeId() == code && s.coderId() == a.id() && overlaps(s, t));
            second[i] = segments.stream().anyMatch(s -> s.codeId() == code && s.coderId() == b.id() && overlaps(s, t));
        }
        return CoderAgreement.count(first, second);
    }

    /** Character by character, over the characters either coder coded with anything. */
    private static Counts byCharacter(List<Segment> segments, long code, Coder a, Coder b) {
        BitSet inPlay = new BitSet();
        BitSet first = new BitSet();
        BitSet second = new BitSet();
        for (Segment s : segments) {
            inPlay.set(s.start(), s.end());
            if (s.codeId() == code) {
                (s.coderId() == a.id() ? first : second).set(s.start(), s.end());
            }
        }
        BitSet both = (BitSet) first.clone();
        both.and(second);
        BitSet either = (BitSet) first.clone();
        either.or(second);
        return new Counts(both.cardinality(), first.cardinality() - both.cardinality(),
                second.cardinality() - both.cardinality(), inPlay.cardinality() - either.cardinality());
    }

    private static boolean overlaps(Segment s, Turn t) {
        return s.start() < t.end() && s.end() > t.start();
    }

    private static AgreementRow row(String code, Counts c) {
        return new AgreementRow(code, c.units(), c.both(), c.firstOnly(), c.secondOnly(), c.neither(),
                defined(c.percentAgreement()), defined(c.cohensKappa()), defined(c.krippendorffsAlpha()));
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
