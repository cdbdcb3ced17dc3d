package org.verbatim.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.verbatim.project.ProjectFixtures.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verbatim.model.Memo.MemoTarget;

/** A team project on a real PostgreSQL server, worked on by several database users at once. */
class TeamProjectTest {
    @TempDir
    Path dir;

    TeamServer team;

    @BeforeEach
    void startServer() {
        team = TeamServer.start();
    }

    private static void importInterview(Project p, Path dir) throws Exception {
        p.importFiles(new ImportRequest(List.of(write(dir, "interview.txt", CodingTest.INTERVIEW)), Map.of(), null, null,
                null), Progress.NONE);
    }

    @Test
    void aTeamProjectFolderHoldsTheConnectionButNeverThePasswordAndReopens() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        try (Project p = team.create(folder)) {
            importInterview(p, dir);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
        }
        String json = Files.readString(folder.resolve("server.json"));
        assertThat(json).contains("\"host\" : \"127.0.0.1\"", "\"port\" : " + team.server.port(),
                "\"database\" : \"" + team.database + "\"", "\"user\" : \"alice\"", "\"tlsMode\" : \"disable\"");
        assertThat(json).doesNotContain(TeamServer.password(TeamServer.ALICE));
        assertThat(folder.resolve("project.mv.db")).doesNotExist();

        try (Project p = team.open(folder, TeamServer.ALICE)) {
            assertThat(p.segments(SegmentFilter.ALL)).singleElement().satisfies(s -> {
                assertThat(s.coder()).isEqualTo("alice");
                assertThat(s.text()).isEqualTo("a partner");
            });
            assertThat(p.search(SearchQuery.of("partner"), Progress.NONE).turns()).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatSaysWhereThePasswordComesFrom() {
        assertThatThrownBy(() -> TeamProjects.create(dir.resolve("x.verbatim"), team.url(), TeamServer.ALICE, null,
                "wrong"))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("password authentication failed for user \"alice\"")
                .hasMessageContaining("PGPASSWORD or ~/.pgpass");
        assertThat(dir.resolve("x.verbatim")).doesNotExist();
    }

    @Test
    void joiningADatabaseWithoutAProjectIsRefused() {
        assertThatThrownBy(() -> team.join(dir.resolve("bob.verbatim"), TeamServer.BOB))
                .isInstanceOf(ProjectException.class)
                .hasMessageContaining("holds no Verbatim project");
    }

    @Test
    void twoCodersCodingTheSamePassageWithTheSameCodeBothKeepTheirSegments() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
                bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));

                assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::coder)
                        .containsExactlyInAnyOrder("alice", "bob");
                assertThat(bob.segments(SegmentFilter.ALL)).hasSize(2);
            }
        }
    }

    @Test
    void renamingACodeAnotherCoderJustDeletedFailsClearly() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            alice.addCode("Europe/Partner", null, null, null);
            alice.addCode("Europe/Threat", null, null, null);
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                alice.deleteCode("Europe/Partner", false);

                assertThatThrownBy(() -> bob.renameCode("Europe/Partner", "Ally"))
                        .isInstanceOf(ProjectException.class).hasMessage("There is no code 'Europe / Partner' in the codebook"
                                + " (see: verbatim codes)");
                assertThatThrownBy(() -> bob.mergeCodes("Europe/Threat", "Europe/Partner"))
                        .isInstanceOf(ProjectException.class).hasMessageContaining("no code 'Europe / Partner'");
                assertThat(bob.codes()).extracting(CodeNode::path).containsExactly("Europe", "Europe / Threat");
            }
        }
    }

    @Test
    void aCoderMayChangeOnlyTheirOwnSegmentsAndMemosAndTheServerHoldsThatRule() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            long alicesSegment = alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null))
                    .segment().id();
            long alicesMemo = alice.addMemo(MemoTarget.PROJECT, null, "Plan", "Code Europe first").id();
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                long bobsSegment = bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null))
                        .segment().id();

                assertThatThrownBy(() -> bob.uncode(alicesSegment)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("Segment " + alicesSegment + " was made by another team member");
                assertThatThrownBy(() -> bob.setSegmentMemo(alicesSegment, "mine now"))
                        .isInstanceOf(ProjectException.class).hasMessageContaining("another team member");
                assertThatThrownBy(() -> bob.deleteMemo(alicesMemo)).isInstanceOf(ProjectException.class)
                        .hasMessageContaining("Memo " + alicesMemo + " was made by another team member");
                bob.setSegmentMemo(bobsSegment, "my own memo");

                // Not only the client: bob's own SQL on the server cannot touch alice's rows.
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + team.server.port() + "/"
                        + team.database, TeamServer.BOB, TeamServer.password(TeamServer.BOB))) {
                    assertThat(c.createStatement().executeUpdate("DELETE FROM segment")).isEqualTo(1);
                    assertThat(c.createStatement().executeUpdate("UPDATE memo SET text = 'gone'")).isZero();
                    assertThatThrownBy(() -> c.createStatement().executeUpdate(
                            "INSERT INTO team_member (db_user, role) VALUES ('bob', 'lead')"))
                            .hasMessageContaining("row-level security");
                }
                assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::id).containsExactly(alicesSegment);
                assertThat(alice.memos()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Code Europe first"));

                // Alice is the project's lead: she may remove bob's work.
                long bobsNext = bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "for us", null))
                        .segment().id();
                alice.uncode(bobsNext);
                assertThat(bob.segments(SegmentFilter.ALL)).extracting(SegmentView::id).containsExactly(alicesSegment);
            }
        }
    }

    /** Records what a follower heard. */
    static final class Heard implements ChangeFollower.Listener {
        final java.util.concurrent.LinkedBlockingQueue<Long> generations = new java.util.concurrent.LinkedBlockingQueue<>();
        final java.util.concurrent.LinkedBlockingQueue<Boolean> reachability = new java.util.concurrent.LinkedBlockingQueue<>();

        @Override
        public void changed(long generation) {
            generations.add(generation);
        }

        @Override
        public void reachable(boolean reachable) {
            reachability.add(reachable);
        }

        /** Waits until a generation at least {@code wanted} is heard; returns the milliseconds it took. */
        long awaitGeneration(long wanted, long timeoutMillis) throws InterruptedException {
            long start = System.nanoTime();
            long deadline = start + timeoutMillis * 1_000_000;
            while (System.nanoTime() < deadline) {
                Long g = generations.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (g != null && g >= wanted) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            }
            throw new AssertionError("generation " + wanted + " not heard within " + timeoutMillis + " ms");
        }
    }

    @Test
    void othersCodingsReachAnOpenProjectAndItsIndexWithinASecondWithoutARebuild() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            try (Project bob = team.join(dir.resolve("bob.verbatim"), TeamServer.BOB)) {
                Heard heard = new Heard();
                try (ChangeFollower following = alice.followChanges(heard)) {
                    heard.awaitGeneration(alice.generation(), 2000);

                    bob.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
                    long took = heard.awaitGeneration(bob.generation(), 2000);

                    assertThat(took).isLessThan(1500);
                    SearchTest.RecordedProgress progress = new SearchTest.RecordedProgress();
                    assertThat(alice.search(SearchQuery.of("code:\"Europe/Partner\""), progress).turns()).isEqualTo(1);
                    assertThat(progress.messages).as("no rebuild").isEmpty();
                    assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::coder).containsExactly("bob");
                }
            }
        }
    }

    @Test
    void withTheServerDownAChangeFailsClearlyAndWorkGoesOnWhenItIsBackWithNothingLost() throws Exception {
        try (Project alice = team.create(dir.resolve("alice.verbatim"))) {
            importInterview(alice, dir);
            alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
            Heard heard = new Heard();
            try (ChangeFollower following = alice.followChanges(heard)) {
                assertThat(heard.reachability.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                team.server.stop();
                try {
                    assertThat(heard.reachability.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isFalse();
                    assertThatThrownBy(() -> alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null)))
                            .isInstanceOf(ProjectException.class)
                            .hasMessageContaining("cannot be reached")
                            .hasMessageContaining("read-only until it is back");
                } finally {
                    team.server.start();
                }
                assertThat(heard.reachability.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Vera", null));
                assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::text)
                        .containsExactlyInAnyOrder("a partner", "Vera");
            }
        }
    }
}
