package org.verbatim.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.verbatim.model.Attribute;
import org.verbatim.model.AttributeScope;
import org.verbatim.model.AttributeType;
import org.verbatim.model.Code;
import org.verbatim.search.CodeResolver;
import org.verbatim.search.FacetCount;
import org.verbatim.search.InvalidQueryException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.store.ProjectStore;
import org.verbatim.store.Tx;

/** Translates between the facade's search types and the index's, resolving code paths against the codebook. */
final class Searches {
    private Searches() {
    }

    /**
     * The index's request for a query: its code filter resolved, the attribute names, and a
     * resolver that reads the codebook only if the query names a code.
     */
    static SearchRequest request(ProjectStore store, SearchQuery q) {
        CodeResolver codes = path -> store.read(tx -> {
            CodeTree tree = Codebook.tree(tx);
            return subtree(tree, tree.find(path).orElseThrow(() -> new InvalidQueryException(
                    "The query names the code '" + String.join(CodeTree.SEPARATOR, CodeTree.parse(path))
                            + "', which is not in the codebook (see: verbatim codes)")));
        });
        return store.read(tx -> {
            Set<Long> codeIds = null;
            if (q.code() != null) {
                CodeTree tree = Codebook.tree(tx);
                codeIds = subtree(tree, tree.require(q.code()));
            }
            return new SearchRequest(q.query(), q.where(), codeIds, q.limit(), q.context(),
                    q.order() == SearchQuery.Order.DOCUMENT ? SearchRequest.Order.DOCUMENT : SearchRequest.Order.RELEVANCE,
                    q.facets(), tx.attributes().names(), numericAttributes(tx), codes, q.documentId());
        });
    }

    /** Attributes whose every declaration, for participants and for documents, is integer or decimal. */
    private static Set<String> numericAttributes(Tx tx) {
        Map<String, Boolean> numeric = new LinkedHashMap<>();
        for (AttributeScope scope : AttributeScope.values()) {
            for (Attribute a : tx.attributes().all(scope)) {
                boolean number = a.type() == AttributeType.INTEGER || a.type() == AttributeType.DECIMAL;
                numeric.merge(a.name(), number, Boolean::logicalAnd);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        numeric.forEach((name, number) -> {
            if (number) {
                out.add(name);
            }
        });
        return out;
    }

    private static Set<Long> subtree(CodeTree tree, Code code) {
        Set<Long> ids = new LinkedHashSet<>();
        tree.subtree(code.id()).forEach(c -> ids.add(c.id()));
        return ids;
    }

    static SearchResults results(SearchResult r) {
        List<HitView> hits = new ArrayList<>();
        for (SearchHit h : r.hits()) {
            hits.add(new HitView(h.number(), h.documentId(), h.document(), h.turn(), h.speaker(), h.participant(),
                    h.timestampMs(), h.start(), h.end(), h.before(), h.matched(), h.after()));
        }
        Map<String, List<FacetView>> facets = new LinkedHashMap<>();
        r.facets().forEach((name, counts) -> {
            List<FacetView> views = new ArrayList<>();
            for (FacetCount c : counts) {
                views.add(new FacetView(c.value(), c.hits(), c.turns()));
            }
            facets.put(name, views);
        });
        return new SearchResults(r.total(), r.turns(), hits, facets);
    }

    /**
     * The hits with the given 1-based numbers, in the order given and each once however often
     * it is given; all hits when none are given.
     */
    static List<SearchHit> choose(List<SearchHit> hits, long total, List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return hits;
        }
        List<SearchHit> chosen = new ArrayList<>();
        for (int n : new LinkedHashSet<>(numbers)) {
            if (n < 1 || n > hits.size()) {
                throw new ProjectException("There is no hit " + n + ": the search has " + total
                        + (total == 1 ? " hit" : " hits"));
            }
            chosen.add(hits.get(n - 1));
        }
        return chosen;
    }
}
