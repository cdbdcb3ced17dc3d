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
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.model.Memo.MemoTarget;
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

            WorkspaceView w = joinAsBob(robot, url);
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
    /**
     * While the server is away every control that would change the project is disabled, not only
     * the Edit menu: the codebook's buttons, its menu and renaming in place, the participants'
     * buttons and editing in the table, the segments' menu, the memo buttons, Edit text. When the
     * server is back they are enabled again by themselves, and coding from the codebook works.
     */
    @Test
    void everyControlThatChangesTheProjectIsDisabledWhileTheServerIsAwayAndEnabledWhenItIsBack(FxRobot robot)
            throws Exception {
        PostgresServer server = PostgresServer.require();
        server.user("alice", "alice-secret");
        server.user("bob", "bob-secret");
        String url = "postgresql://127.0.0.1:" + server.port() + "/" + server.database("alice") + "?sslmode=disable";
        String text = "Interviewer: And Europe?\nVera: Europe is a partner for us.\n";
        Path transcript = Files.writeString(dir.resolve("interview.txt"), text);
        try (Project alice = TeamProjects.create(dir.resolve("alice.verbatim"), url, "alice", null, "alice-secret")) {
            alice.importFiles(new ImportRequest(List.of(transcript), Map.of(), null, null, null), Progress.NONE);
            alice.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", null));
            long document = alice.documents().get(0).id();
            alice.addMemo(MemoTarget.DOCUMENT, String.valueOf(document), null, "Vera was in a hurry.");

            WorkspaceView w = joinAsBob(robot, url);
            waitUntil(() -> segmentsOf(w, "Europe / Partner") == 1);
            robot.interact(() -> w.transcript().open(document));
            waitUntil(() -> w.transcript().document().get() != null && w.transcript().segments().size() == 1);
            robot.lookup("#document-memo").query(); // the document's memo has its button

            List<Node> buttons = List.of("#code-new", "#code-new-sub", "#code-delete", "#participant-add",
                    "#attribute-add", "#project-memo", "#document-memo", "#edit-text").stream()
                    .map(id -> robot.lookup(id).<Node>query()).toList();
            TreeView<?> codebook = robot.lookup("#codebook").queryAs(TreeView.class);
            TableView<?> participants = robot.lookup("#participants").queryAs(TableView.class);
            List<MenuItem> codeMenu = codeCellMenu(robot, "Europe / Partner");
            List<MenuItem> segmentMenu = segmentCellMenu(robot);
            assertThat(codeMenu).extracting(MenuItem::getText).contains("Code the selection with this code",
                    "Rename", "Merge into…", "Memo…", "Delete…");
            assertThat(segmentMenu).extracting(MenuItem::getText).contains("Uncode", "Recode as…", "Memo…");
            List<MenuItem> changingSegmentItems = segmentMenu.subList(0, 3);

            assertThat(buttons).allSatisfy(b -> assertThat(b.isDisabled()).as(b.getId()).isFalse());
            assertThat(codeMenu).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isFalse());
            assertThat(codebook.isEditable()).isTrue();
            assertThat(participants.isEditable()).isTrue();

            Node banner = robot.lookup("#offline-banner").query();
            server.stop();
            try {
                waitUntil(banner::isVisible);
                assertThat(buttons).allSatisfy(b -> assertThat(b.isDisabled()).as(b.getId() + " while away").isTrue());
                assertThat(codeMenu).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText() + " while away").isTrue());
                assertThat(changingSegmentItems).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isTrue());
                assertThat(codebook.isEditable()).as("renaming a code in place while away").isFalse();
                assertThat(participants.isEditable()).as("editing attributes while away").isFalse();
                // A menu made while away (the code cells are drawn again) is disabled as well.
                robot.interact(codebook::refresh);
                assertThat(codeCellMenu(robot, "Europe / Partner")).allSatisfy(i -> assertThat(i.isDisable()).isTrue());
            } finally {
                server.start();
            }
            long back = System.nanoTime();
            waitUntil(() -> buttons.stream().noneMatch(Node::isDisabled));
            assertThat((System.nanoTime() - back) / 1_000_000_000).as("seconds until the buttons return")
                    .isLessThan(15);
            assertThat(banner.isVisible()).isFalse();
            assertThat(codeMenu).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isFalse());
            assertThat(changingSegmentItems).allSatisfy(i -> assertThat(i.isDisable()).as(i.getText()).isFalse());
            assertThat(codebook.isEditable()).isTrue();
            assertThat(participants.isEditable()).isTrue();

            // Coding from the codebook's menu works again, as bob.
            int start = text.indexOf("Europe is");
            robot.interact(() -> w.transcriptPane().area().selectRange(start, start + "Europe is".length()));
            waitUntil(() -> w.transcript().selection().get().start() == start);
            MenuItem codeSelection = codeCellMenu(robot, "Europe / Partner").stream()
                    .filter(i -> "Code the selection with this code".equals(i.getText())).findFirst().orElseThrow();
            robot.interact(codeSelection::fire);
            try {
                waitUntil(() -> segmentsOf(w, "Europe / Partner") == 2);
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("Not coded; the status line says: "
                        + robot.lookup("#status").queryLabeled().getText(), e);
            }
            assertThat(alice.segments(SegmentFilter.ALL)).extracting(SegmentView::coder)
                    .containsExactlyInAnyOrder("alice", "bob");
        }
    }

    /** Joins the team project as bob from the start screen, as a user would, and waits for its documents. */
    private WorkspaceView joinAsBob(FxRobot robot, String url) throws Exception {
        robot.clickOn("#join-team-project");
        robot.clickOn("#team-folder").write(dir.resolve("bob.verbatim").toString());
        robot.clickOn("#team-server").write(url);
        robot.doubleClickOn("#team-user").write("bob");
        robot.clickOn("#team-password").write("bob-secret");
        robot.clickOn("Join");
        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
        return window.workspace();
    }

    /** The menu of a code in the codebook (as right-clicking it shows). */
    private static List<MenuItem> codeCellMenu(FxRobot robot, String path) throws Exception {
        AtomicReference<List<MenuItem>> items = new AtomicReference<>();
        waitUntil(() -> {
            robot.lookup("#codebook .tree-cell").queryAllAs(TreeCell.class).stream()
                    .filter(c -> c.getItem() instanceof CodeNode n && n.path().equals(path) && c.getContextMenu() != null)
                    .findFirst()
                    .ifPresent(c -> items.set(c.getContextMenu().getItems().stream()
                            .filter(i -> !(i instanceof SeparatorMenuItem)).toList()));
            return items.get() != null;
        });
        return items.get();
    }

    /** The menu of the open document's first segment in the Segments list. */
    private static List<MenuItem> segmentCellMenu(FxRobot robot) throws Exception {
        AtomicReference<List<MenuItem>> items = new AtomicReference<>();
        waitUntil(() -> {
            robot.lookup("#segments .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getItem() != null && c.getContextMenu() != null).findFirst()
                    .ifPresent(c -> items.set(c.getContextMenu().getItems()));
            return items.get() != null;
        });
        return items.get();
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
