package org.verbatim.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.search.InvalidQueryException;
import org.verbatim.search.SearchHit;
import org.verbatim.search.SearchIndex;
import org.verbatim.search.SearchRequest;
import org.verbatim.search.SearchResult;
import org.verbatim.store.ProjectStore;

/** Full-text search over the turns, coding its hits, exporting them, and rebuilding the index. */
final class Searching {
    private final ProjectStore store;
    private final SearchIndexSync index;

    Searching(ProjectStore store, SearchIndexSync index) {
        this.store = store;
        this.index = index;
    }

    SearchResults search(SearchQuery query, Progress progress) {
        return Searches.results(run(Searches.request(store, query), progress));
    }

    HitCodingReport codeHits(SearchQuery query, List<Integer> hitNumbers, String codePath, HitUnit unit,
                             String coder, Progress progress) {
        int limit = hitNumbers.isEmpty() ? Integer.MAX_VALUE : hitNumbers.stream().max(Integer::compare).orElse(1);
        SearchRequest request = Searches.request(store, query.withLimit(Math.max(1, limit)));
        SearchResult found = run(request, progress);
        List<SearchHit> first = found.hits();
        if (store.read(tx -> HitVerification.mismatch(tx, first)).isPresent()) {
            // Wrong offsets come from a damaged or stale index: rebuilt from the database, it answers again.
            index.rebuild(progress);
            found = run(request, progress);
        }
        List<SearchHit> chosen = Searches.choose(found.hits(), found.total(), hitNumbers);
        return index.write((tx, changes) -> {
            HitVerification.require(tx, chosen);
            return HitCoding.code(tx, changes, chosen, codePath, unit, tx.coderOr(coder));
        });
    }

    private SearchResult run(SearchRequest request, Progress progress) {
        try {
            return index.search(request, progress);
        } catch (InvalidQueryException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    int exportHits(Path file, SearchQuery query, boolean excelBom) {
        List<Map<String, Object>> rows = new ArrayList<>();
        search(query.withLimit(Integer.MAX_VALUE), Progress.NONE).hits().forEach(h -> rows.add(HitRows.row(h)));
        return AtomicFile.write(file, out -> {
            new Listing(rows).csv(out, excelBom);
            return rows.size();
        });
    }

    Project.IndexReport reindex(Progress progress) {
        SearchIndex rebuilt = index.rebuild(progress);
        return new Project.IndexReport(store.read(tx -> tx.documents().listWithoutText().size()), rebuilt.turnCount(),
                rebuilt.sizeOnDisk());
    }
}
