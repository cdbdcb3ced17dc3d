package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodeNode;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;
import org.verbatim.project.TeamProjects;
import org.verbatim.testing.PostgresServer;

/**
 * The window on a team project (a real PostgreSQL server): joining it from the start screen with
 * the password asked in a dialog, another coder's coding appearing by itself, coding as the
 * database user, and, while the server is away, the banner, the Edit menu disabled and a coding
 * refused rather than shown as done.
 */
class TeamWindowTest extends SampleWindowTest {
    @TempDir
    Path dir;

    private long segmentsOf(WorkspaceView w, String code) {
        return w.codebook().codes().stream().filter(n -> n.path().equals(code)).mapToLong(CodeNode::segments)
                .findFirst().orElse(-1);
    }

    @Test
    void aJoinedProjectShowsAnotherCodersCodingBySelfAndSaysWhenTheServerIsAway(FxRobot robot) throws Exception {
        PostgresServer server = PostgresServer.require();
        server.user("alice", "alice-secret");
        server.user("bob", "bob-secret");
        String url = "postgresql://127.0.0.1:" + server.port() + "/" + server.database("alice") + "?sslmode=disable";
        Path transcript = Files.writeString(dir.resolve("interview.txt"),
                "Interviewer: And Europe?\nVera: Europe is a partner for us.\n");
        try (Project alice = TeamProjects.create(dir.resolve("alice.verbatim"), url, "alice", null, "alice-secret")) {
            alice.importFiles(new ImportRequest(List.of(transcript), Map.of(), null, null, null), Progress.NONE);

            robot.clickOn("#join-team-project");
            robot.clickOn("#team-folder").write(dir.resolve("bob.verbatim").toString());
            robot.clickOn("#team-server").write(url);
            robot.doubleClickOn("#team-user").write("bob");
            robot.clickOn("#team-password").write("bob-secret");
            robot.clickOn("Join");
            waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
            WorkspaceView w = window.workspace();
            assertThat(Files.readString(dir.resolve("bob.verbatim/server.json"))).doesNotContain("bob-secret");

            Thread.sleep(700); // the window is following the server by now
            long start = System.nanoTime();
            alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
            waitUntil(() -> segmentsOf(w, "Europe / Partner") == 1);
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms until bob's window shows alice's coding")
                    .isLessThan(2500);
            waitUntil(() -> w.documents().documents().get(0).segments() == 1);

            // Bob codes as his database user, as on the command line, not as his OS user.
            assertThat(robot.lookup("#project-and-coder").queryLabeled().getText()).endsWith("coder bob");

            Node banner = robot.lookup("#offline-banner").query();
            Menu edit = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                    .filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
            assertThat(banner.isVisible()).isFalse();
            assertThat(edit.isDisable()).isFalse();
            AtomicReference<String> refused = new AtomicReference<>();
            AtomicBoolean shownAsDone = new AtomicBoolean();
            server.stop();
            try {
                waitUntil(banner::isVisible);
                assertThat(edit.isDisable()).as("the Edit menu while the server is away").isTrue();
                // A coding asked for meanwhile (a drop, a shortcut) is refused, and never shown as done.
                robot.interact(() -> w.session().change("Coding", p -> p.code(CodingRequest.quote("interview.txt",
                        "Europe/Partner", "Vera", null)), r -> shownAsDone.set(true), refused::set));
                waitUntil(() -> refused.get() != null);
                assertThat(refused.get()).contains("cannot be reached", "read-only until it is back");
                assertThat(shownAsDone).isFalse();
            } finally {
                server.start();
            }
            waitUntil(() -> !banner.isVisible());
            assertThat(edit.isDisable()).isFalse();
            assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::coder).containsExactly("alice");

            // Back online, bob's coding is made as bob.
            robot.interact(() -> w.session().change("Coding", p -> p.code(CodingRequest.quote("interview.txt",
                    "Europe/Partner", "Vera", w.session().coder())), r -> shownAsDone.set(true)));
            waitUntil(shownAsDone::get);
            assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::coder)
                    .containsExactlyInAnyOrder("alice", "bob");
        }
    }
    @Test
    void aProjectFileIsSharedFromTheFileMenuAndReopensAsTheTeamProject(FxRobot robot) throws Exception {
        PostgresServer server = PostgresServer.require();
        server.user("alice", "alice-secret");
        String url = "postgresql://127.0.0.1:" + server.port() + "/" + server.database("alice") + "?sslmode=disable";
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"),
                "Interviewer: And Europe?\nVera: Europe is a partner for us.\n");
        try (Project p = Project.create(folder)) {
            p.importFiles(new ImportRequest(List.of(transcript), Map.of(), null, null, null), Progress.NONE);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", "vera"));
        }
        robot.interact(() -> window.start().open(folder));
        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
        WorkspaceView local = window.workspace();

        robot.clickOn("File").clickOn("#menu-share");
        robot.clickOn("#team-server").write(url);
        robot.doubleClickOn("#team-user").write("alice");
        robot.clickOn("#team-password").write("alice-secret");
        robot.clickOn("Share");
        waitUntil(() -> window.workspace() != null && window.workspace() != local
                && !window.workspace().documents().documents().isEmpty());

        assertThat(folder.resolve("server.json")).exists();
        assertThat(Files.readString(folder.resolve("server.json"))).doesNotContain("alice-secret");
        assertThat(folder.resolve(TeamProjects.SHARED_BACKUP)).exists();
        WorkspaceView shared = window.workspace();
        waitUntil(() -> segmentsOf(shared, "Europe / Partner") == 1);
        MenuItem share = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(i -> "menu-share".equals(i.getId())).findFirst().orElseThrow();
        assertThat(share.isDisable()).as("a team project is shared already").isTrue();
        assertThat(robot.lookup("#project-and-coder").queryLabeled().getText()).endsWith("coder alice");
        try (Project bob = TeamProjects.join(dir.resolve("check.verbatim"), url, "alice", null, "alice-secret")) {
            assertThat(bob.segments(SegmentFilter.ALL)).extracting(SegmentView::coder).containsExactly("vera");
        }
    }
}
