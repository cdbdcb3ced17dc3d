package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a team project a coding reads its document before it takes the writers' lock: a
 * correction committed in between must not leave a segment whose offsets were taken from the
 * text as it was. The correction here holds the writers' lock (as every writer does) while
 * the coding waits for it, and commits a text shifted by a few characters.
 */
class ShortLockCodingTest {
    @TempDir
    Path dir;

    @Test
    void aCodingThatWaitedForACorrectionTakesItsTextFromTheCorrectedTranscript() throws Exception {
        TeamServer team = TeamServer.start();
        try (Project alice = team.create(dir.resolve("alice.verbatim"));
             Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
            alice.importFiles(new ImportRequest(List.of(write(dir, "interview.txt", CodingTest.INTERVIEW)), Map.of(),
                    null, null, null), Progress.NONE);
            // The code and the coder exist already, so the coding takes its short path.
            bob.code(CodingRequest.range("interview.txt", "Trust", 0, 5, null));

            CompletableFuture<CodingResult> coding;
            try (Connection correction = team.server.superuser(team.database)) {
                correction.setAutoCommit(false);
                try (Statement st = correction.createStatement()) {
                    st.executeUpdate("UPDATE project_info SET info_value = CAST(CAST(info_value AS BIGINT) + 1 AS VARCHAR(20))"
                            + " WHERE info_key = 'generation'");
                    st.executeUpdate("UPDATE document SET text = '[corrected] ' || text");
                    coding = CompletableFuture.supplyAsync(() -> bob.code(CodingRequest.range("interview.txt", "Trust",
                            20, 40, null)));
                    awaitWaitingForALock(team);
                    correction.commit();
                }
            }
            SegmentView made = coding.get(60, TimeUnit.SECONDS).segment();

            String text = alice.document("interview.txt").text();
            assertThat(text).startsWith("[corrected] ");
            assertThat(made.text()).isEqualTo(text.substring(20, 40));
            assertThat(bob.segments(SegmentFilter.ALL)).filteredOn(s -> s.id() == made.id())
                    .singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(text.substring(20, 40)));
        }
    }

    /** Until the coding's connection waits for the correction's lock on the generation row. */
    private static void awaitWaitingForALock(TeamServer team) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watch = team.server.superuser(team.database); Statement st = watch.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the coding never waited for the writers' lock");
    }
}
