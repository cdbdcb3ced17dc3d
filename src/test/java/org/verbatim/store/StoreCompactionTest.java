package org.verbatim.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Document;

/** Writing every commit at once must not make the project file grow without bound. */
class StoreCompactionTest {
    @TempDir
    Path folder;

    @Test
    void aFileGrownMostlyDeadIsRewrittenSmallerOnCloseWithEverythingKept() throws Exception {
        long documentId;
        long grown;
        try (ProjectStore store = ProjectStore.open(folder)) {
            documentId = store.write(tx -> tx.documents().insert(new Document(0, "a.txt", "text", "en", "UTF-8",
                    "a.txt", "0".repeat(64), Instant.now(), "word ".repeat(20_000)), 20_000));
            long code = store.write(tx -> tx.codes().insert(null, "C", "#112233", null, null));
            long coder = store.write(tx -> tx.coders().named("x").id());
            for (int i = 0; i < 1500; i++) {
                int start = i * 5;
                store.write(tx -> tx.segments().insert(documentId, code, coder, start, start + 4, "word", null,
                        Instant.now()));
            }
            grown = Files.size(folder.resolve("project.mv.db"));
        }
        long afterClose = Files.size(folder.resolve("project.mv.db"));

        assertThat(grown).isGreaterThan(8L * 1024 * 1024);
        assertThat(afterClose).isLessThan(grown / 4);
        try (ProjectStore store = ProjectStore.open(folder)) {
            java.util.List<org.verbatim.model.Segment> segments = store.read(tx -> tx.segments().ofDocument(documentId));
            assertThat(segments).hasSize(1500);
            assertThat(store.read(Tx::generation)).isEqualTo(1503);
        }
        assertThat(folder.resolve("project.trace.db")).doesNotExist();
    }
}
