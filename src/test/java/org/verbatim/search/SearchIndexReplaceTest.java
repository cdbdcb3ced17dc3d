package org.verbatim.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a document that was replaced just before, as a team member's index does for every
 * coding others commit: only the turns that changed are rewritten, and the index then finds
 * exactly what an index built afresh from the same turns finds.
 */
class SearchIndexReplaceTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentReplacedAgainAfterACodingFindsWhatAFreshIndexFinds() {
        List<IndexedTurn> first = turns(40, Map.of());
        List<IndexedTurn> coded = turns(40, Map.of(7, Set.of(3L), 8, Set.of(3L, 4L)));
        List<IndexedTurn> recoded = turns(40, Map.of(8, Set.of(4L), 30, Set.of(3L)));
        List<IndexedTurn> corrected = turns(39, Map.of(30, Set.of(3L)));
        try (SearchIndex followed = SearchIndex.create(dir.resolve("followed"))) {
            followed.replace(1, first);
            followed.replace(2, turns(5, Map.of(1, Set.of(3L))));
            for (List<IndexedTurn> next : List.of(coded, recoded, corrected)) {
                followed.replace(1, next);
                try (SearchIndex fresh = SearchIndex.create(dir.resolve("fresh" + next.hashCode()))) {
                    fresh.replace(2, turns(5, Map.of(1, Set.of(3L))));
                    fresh.replace(1, next);
                    for (String query : List.of("river", "code:three", "code:four", "code:three AND river")) {
                        assertThat(hits(followed, query)).as(query).isEqualTo(hits(fresh, query));
                    }
                    assertThat(followed.turnCount()).isEqualTo(fresh.turnCount());
                }
            }
            assertThat(hits(followed, "code:three")).containsExactly("1/30", "2/1");
            assertThat(hits(followed, "code:four")).isEmpty();
        }
    }

    @Test
    void onlyTheTurnsThatChangedAreRewritten() {
        List<IndexedTurn> first = turns(40, Map.of());
        assertThat(RecentlyIndexed.changed(first, turns(40, Map.of(7, Set.of(3L))))).containsExactly(7);
        assertThat(RecentlyIndexed.changed(first, turns(40, Map.of()))).isEmpty();
        assertThat(RecentlyIndexed.changed(first, turns(41, Map.of()))).as("a turn added").isNull();
    }

    private static List<String> hits(SearchIndex index, String query) {
        SearchRequest request = new SearchRequest(query, Map.of(), null, 100, 10, SearchRequest.Order.DOCUMENT, List.of(),
                List.of(), Set.of(), path -> switch (path) {
                    case "three" -> Set.of(3L);
                    case "four" -> Set.of(4L);
                    default -> Set.of();
                }, null);
        return index.search(request).hits().stream().map(h -> h.documentId() + "/" + h.turn()).toList();
    }

    /** Turns of one made-up document; every third speaks of the river; {@code codes} by turn number. */
    private static List<IndexedTurn> turns(int count, Map<Integer, Set<Long>> codes) {
        List<IndexedTurn> turns = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < count; i++) {
            String text = i % 3 == 0 ? "We walked along the river to the station." : "The winter came early that year.";
            turns.add(new IndexedTurn(count == 5 ? 2 : 1, count == 5 ? "b.txt" : "a.txt", "en", i, start, text, "Anna",
                    "p1", null, Map.of(), codes.getOrDefault(i, Set.of())));
            start += text.length() + 2;
        }
        return turns;
    }
}
