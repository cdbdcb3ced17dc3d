package org.verbatim.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Code;
import org.verbatim.model.Coder;
import org.verbatim.model.Document;
import org.verbatim.model.Segment;
import org.verbatim.model.Turn;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/**
 * Two coders compared as the Agreement view shows them: who coded how much, the figures of
 * {@code verbatim agreement} overall and for each document on its own, and the passages where
 * the two coded a code differently.
 */
public final class CoderAgreement {
    private final ProjectStore store;

    CoderAgreement(ProjectStore store) {
        this.store = store;
    }

    /** A coder of this project and how many segments they made. */
    public record CoderSegments(String name, long segments) { }

    /** The project's coders who coded something, those who coded most first. */
    public List<CoderSegments> coders() {
        return store.read(tx -> {
            Map<Long, Long> counts = new HashMap<>();
            for (Segment s : tx.segments().all()) {
                counts.merge(s.coderId(), 1L, Long::sum);
            }
            return tx.coders().all().stream().filter(c -> counts.containsKey(c.id()))
                    .map(c -> new CoderSegments(c.name(), counts.get(c.id())))
                    .sorted(Comparator.comparingLong(CoderSegments::segments).reversed()
                            .thenComparing(CoderSegments::name))
                    .toList();
        });
    }

    /**
     * The agreement of {@code verbatim agreement} for the request, then the same for each
     * document it compared on its own; stops with an error when {@code progress} is cancelled.
     */
    public AgreementBreakdown compare(AgreementRequest r, Progress progress) {
        return store.read(tx -> {
            AgreementReport overall = AgreementQueries.compare(tx, r.coders(), r.unit(), r.documents(), r.codes());
            List<AgreementBreakdown.DocumentAgreement> byDocument = new ArrayList<>();
            int n = overall.documents().size();
            for (int i = 0; i < n; i++) {
                if (progress.isCancelled()) {
                    throw new ProjectException("Agreement cancelled");
                }
                String name = overall.documents().get(i);
                progress.update(i, n, "Comparing coders in " + name);
                Document d = DocumentRefs.byName(tx, name).orElseThrow();
                byDocument.add(new AgreementBreakdown.DocumentAgreement(d.id(), name, AgreementQueries.compare(tx,
                        r.coders(), r.unit(), List.of(String.valueOf(d.id())), r.codes())));
            }
            return new AgreementBreakdown(overall, byDocument);
        });
    }

    /**
     * Where the first two coders of the request coded differently, in the documents the
     * agreement compares: for {@code codePath} alone, or with {@code withSubcodes} its
     * sub-codes (each on its own); for every code asked for when {@code codePath} is null.
     * Segments of one code that overlap, of either coder, make one passage; a passage both
     * coded alike is left out.
     */
    public List<CodingDifference> differences(AgreementRequest r, String codePath, boolean withSubcodes) {
        return store.read(tx -> {
            AgreementReport report = AgreementQueries.compare(tx, r.coders(), r.unit(), r.documents(), r.codes());
            CodeTree tree = Codebook.tree(tx);
            Set<Long> codes = codes(tree, r.codes(), codePath, withSubcodes);
            Coder first = coder(tx, report.coders().get(0));
            Coder second = coder(tx, report.coders().get(1));
            List<CodingDifference> out = new ArrayList<>();
            for (String name : report.documents()) {
                Document d = DocumentRefs.byName(tx, name).orElseThrow();
                List<Segment> segments = tx.segments().ofDocument(d.id()).stream()
                        .filter(s -> codes.contains(s.codeId())
                                && (s.coderId() == first.id() || s.coderId() == second.id()))
                        .toList();
                if (segments.isEmpty()) {
                    continue;
                }
                String text = tx.documents().find(d.id()).orElseThrow().text();
                List<Turn> turns = tx.turns().ofDocument(d.id());
                Map<Long, List<Segment>> byCode = new HashMap<>();
                segments.forEach(s -> byCode.computeIfAbsent(s.codeId(), k -> new ArrayList<>()).add(s));
                for (Code code : tree.depthFirst()) {
                    List<Segment> mine = byCode.get(code.id());
                    if (mine != null) {
                        PassageDiffer.differences(mine, first.id(), text).forEach(p -> out.add(new CodingDifference(
                                d.id(), name, tree.path(code.id()), speakerAt(turns, p.start()), p.kind(), p.start(),
                                p.end(), p.first(), p.second())));
                    }
                }
            }
            out.sort(Comparator.comparing((CodingDifference c) -> report.documents().indexOf(c.document()))
                    .thenComparingInt(CodingDifference::start).thenComparing(CodingDifference::code));
            return out;
        });
    }

    private static Set<Long> codes(CodeTree tree, List<String> asked, String codePath, boolean withSubcodes) {
        Set<Long> scope = new HashSet<>();
        if (asked.isEmpty()) {
            tree.depthFirst().forEach(c -> scope.add(c.id()));
        } else {
            asked.forEach(p -> tree.subtree(tree.require(p).id()).forEach(c -> scope.add(c.id())));
        }
        if (codePath == null) {
            return scope;
        }
        Code code = tree.require(codePath);
        Set<Long> chosen = new HashSet<>();
        (withSubcodes ? tree.subtree(code.id()) : List.of(code)).forEach(c -> chosen.add(c.id()));
        chosen.retainAll(scope);
        return chosen;
    }

    private static Coder coder(Tx tx, String name) {
        return tx.coders().all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String speakerAt(List<Turn> turns, int offset) {
        for (Turn t : turns) {
            if (offset < t.end() && t.speaker() != null) {
                return t.speaker();
            }
        }
        return "";
    }
}
