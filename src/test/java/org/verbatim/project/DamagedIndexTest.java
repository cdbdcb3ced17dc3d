package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verbatim.model.Segment;
import org.verbatim.search.SearchHit;
import org.verbatim.store.ProjectStore;

/**
 * Damage inside the search index (4 KB of random bytes in one of its files) is found by the
 * index's checksums and the index rebuilt from the database, with one line telling why; hits
 * are checked against the database before anything is coded from them.
 */
class DamagedIndexTest {
    private static final String QUERY = "China";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "4 KB of random bytes at {0}% of the largest index file")
    @ValueSource(ints = {2, 20, 40, 50, 60, 80, 97})
    void damageAnywhereInTheIndexIsFoundAndTheIndexRebuiltBeforeSearchingOrCoding(int percent) throws Exception {
        Path folder = sampleProject();
        List<HitView> before;
        try (Project project = Project.open(folder)) {
            before = project.search(SearchQuery.of(QUERY).withLimit(Integer.MAX_VALUE), Progress.NONE).hits();
        }
        damage(largestIndexFile(folder), percent);

        List<String> told = new ArrayList<>();
        try (Project project = Project.open(folder)) {
            List<HitView> after = project.search(SearchQuery.of(QUERY).withLimit(Integer.MAX_VALUE), telling(told)).hits();
            assertThat(told).contains("The search index was damaged; rebuilding it from the database");
            assertThat(after).hasSameSizeAs(before);
            String text = project.document(String.valueOf(after.get(0).documentId())).text();
            assertThat(text.substring(after.get(0).start(), after.get(0).end())).isEqualTo(after.get(0).matched());

            HitCodingReport coded = project.codeHits(SearchQuery.of(QUERY), List.of(), "Places/China", HitUnit.MATCH,
                    null, Progress.NONE);
            assertThat(coded.created()).isEqualTo(before.size());
            // Every segment lies exactly on words the undamaged index matched.
            assertThat(project.segments(SegmentFilter.ALL).stream().map(s -> s.documentId() + ":" + s.start() + "-" + s.end()))
                    .containsExactlyInAnyOrderElementsOf(before.stream()
                            .map(h -> h.documentId() + ":" + h.start() + "-" + h.end()).toList());
            assertThat(project.check().ok()).isTrue();
        }
    }

    @Test
    void hitsWhoseOffsetsDoNotMatchTheDatabaseAreRefusedBeforeAnythingIsCoded() throws Exception {
        Path folder = sampleProject();
        try (ProjectStore store = ProjectStore.open(folder);
             SearchIndexSync sync = new SearchIndexSync(store, folder.resolve("index"))) {
            SearchHit right = sync.search(Searches.request(store, SearchQuery.of(QUERY)), Progress.NONE).hits().get(0);
            // The damaged index of the report: a segment on [13,45) instead of [13,57).
            SearchHit shifted = new SearchHit(right.number(), right.documentId(), right.document(), right.turn(),
                    right.speaker(), right.participant(), right.timestampMs(), right.start() + 3, right.end() + 3,
                    right.before(), right.matched(), right.after(), right.turnStart(), right.turnEnd());
            SearchHit wrongTurn = new SearchHit(right.number(), right.documentId(), right.document(), right.turn(),
                    right.speaker(), right.participant(), right.timestampMs(), right.start(), right.end(),
                    right.before(), right.matched(), right.after(), right.turnStart(), right.turnEnd() - 1);

            Optional<String> none = store.read(tx -> HitVerification.mismatch(tx, List.of(right)));
            Optional<String> words = store.read(tx -> HitVerification.mismatch(tx, List.of(shifted)));
            Optional<String> turn = store.read(tx -> HitVerification.mismatch(tx, List.of(wrongTurn)));
            assertThat(none).isEmpty();
            assertThat(words).hasValueSatisfying(m -> assertThat(m).contains("are not the words the index matched"));
            assertThat(turn).hasValueSatisfying(m -> assertThat(m).contains("does not lie on turn"));
            assertThatThrownBy(() -> sync.write((tx, changes) -> {
                HitVerification.require(tx, List.of(right, shifted));
                return HitCoding.code(tx, changes, List.of(right, shifted), "Places/China", HitUnit.MATCH, "tester");
            })).isInstanceOf(ProjectException.class).hasMessageContaining("Nothing was coded");
            List<Segment> saved = store.read(tx -> tx.segments().ofDocument(right.documentId()));
            assertThat(saved).isEmpty();
        }
    }

    private Path sampleProject() throws IOException {
        Path folder = dir.resolve("study.verbatim");
        if (!Files.exists(folder)) {
            try (Project project = Project.create(folder)) {
                project.importFiles(ImportRequest.of(ProjectFixtures.SAMPLE), Progress.NONE);
            }
        }
        return folder;
    }

    private static Path largestIndexFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            return files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length())).orElseThrow();
        }
    }

    private static void damage(Path file, int percent) throws IOException {
        byte[] noise = new byte[4096];
        new Random(percent).nextBytes(noise);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long at = Math.max(0, Math.min(f.length() - noise.length, f.length() * percent / 100));
            f.seek(at);
            f.write(noise);
        }
    }

    private static Progress telling(List<String> told) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                told.add(message);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
