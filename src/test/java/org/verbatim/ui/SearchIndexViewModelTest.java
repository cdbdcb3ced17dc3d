package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.project.Progress;
import org.verbatim.project.SearchQuery;

/** File → Rebuild search index, without a toolkit. */
class SearchIndexViewModelTest {
    @TempDir
    Path dir;

    private ViewModelFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void rebuildsTheDeletedIndexInTheBackgroundReportingProgressAndWhatItBuilt() throws Exception {
        Path index = dir.resolve("study.verbatim").resolve("index");
        try (var files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        List<String> activity = new ArrayList<>();
        f.background.activity().addListener((o, a, b) -> activity.add(b));
        SearchIndexViewModel model = new SearchIndexViewModel(f.session);

        model.rebuild();

        assertThat(activity).anyMatch(a -> a.startsWith("Rebuilding the search index"));
        assertThat(model.message().get()).startsWith("Search index rebuilt: 2 documents, ");
        assertThat(index).isDirectory();
        assertThat(f.project.search(SearchQuery.of("china"), Progress.NONE).total()).isPositive();
    }
}
