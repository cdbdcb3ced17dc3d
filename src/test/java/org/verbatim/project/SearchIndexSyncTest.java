package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.AttributeScope;
import org.verbatim.store.ProjectStore;

/** The index following the store, on a real project: a failing index never fails a committed change. */
class SearchIndexSyncTest {
    @TempDir
    Path dir;

    @Test
    void aChangeCommitsEvenWhenTheIndexFailsWithAnUncheckedErrorAndTheNextSearchCatchesUp() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        try (Project project = Project.create(folder)) {
            project.importFiles(new ImportRequest(List.of(write(dir, "tomsk-01.txt", SearchTest.ENGLISH)), Map.of(),
                    null, null, "en"), Progress.NONE);
        }
        try (ProjectStore store = ProjectStore.open(folder);
             SearchIndexSync sync = new SearchIndexSync(store, folder.resolve("index"))) {
            // A closed writer answers with Lucene's AlreadyClosedException, as after a failure it could not recover from.
            sync.current(Progress.NONE).close();
            long document = store.read(tx -> tx.documents().listWithoutText().get(0).id());

            String result = sync.write((tx, changes) -> {
                AttributeEdits.set(tx, AttributeScope.DOCUMENT, document, "city", "Tomsk", "Document tomsk-01.txt");
                changes.document(document);
                return "committed";
            });

            assertThat(result).isEqualTo("committed");
            Map<String, String> committed = store.read(tx -> tx.attributes().valuesOf(AttributeScope.DOCUMENT, document));
            assertThat(committed).containsEntry("city", "Tomsk");
            SearchTest.RecordedProgress progress = new SearchTest.RecordedProgress();
            assertThat(sync.search(Searches.request(store, SearchQuery.of("city:tomsk AND partner")), progress).turns())
                    .isEqualTo(2);
            // The index on disk kept its last commit; the change feed brings it up to date without a rebuild.
            assertThat(progress.messages).doesNotContain("Indexed 1 documents");
        }
    }
}
