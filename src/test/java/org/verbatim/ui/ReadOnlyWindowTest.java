package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.testing.Mounts;

/**
 * A project opened read-only says so under the menus, with the reason in plain words, and the
 * Edit menu and Import are disabled, as while a team project's server is away. Root writes
 * through permissions, so as root the database file is made immutable instead of read-only.
 */
class ReadOnlyWindowTest extends SampleWindowTest {
    @TempDir
    Path dir;
    private Path immutable;

    @AfterEach
    void makeItWritableAgain() {
        if (immutable != null) {
            Mounts.immutable(immutable, false);
        }
    }

    private Path project() throws Exception {
        Path folder = dir.resolve("study.verbatim");
        Path transcript = Files.writeString(dir.resolve("interview.txt"),
                "Interviewer: How do you see Europe?\nR1: Europe is a partner, mostly.\n", StandardCharsets.UTF_8);
        try (Project p = Project.create(folder)) {
            p.importFiles(ImportRequest.of(transcript), Progress.NONE);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "Europe is a partner", "anna"));
        }
        return folder;
    }

    private void writeProtect(Path database) throws Exception {
        if (Mounts.isRoot()) {
            String why = Mounts.immutable(database, true);
            Assumptions.assumeTrue(why == null, "root writes through permissions and the file cannot be made"
                    + " immutable here (" + why + ")");
            immutable = database;
        } else {
            Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--------"));
        }
    }

    private WorkspaceView open(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> window.start().open(folder));
        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
        return window.workspace();
    }

    private static Menu edit(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
    }

    private static MenuItem importItem(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(m -> "menu-import".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void aWriteProtectedProjectShowsWhyItIsReadOnlyAndDisablesEditAndImport(FxRobot robot) throws Exception {
        Path folder = project();
        writeProtect(folder.resolve("project.mv.db"));

        WorkspaceView w = open(robot, folder);

        Label notice = robot.lookup("#read-only-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getHeight()).as("the notice takes room under the menus").isPositive();
        assertThat(notice.getText()).startsWith("Read-only: ").contains("You can read, search and export")
                .satisfiesAnyOf(t -> assertThat(t).contains("database file (project.mv.db) is write-protected"),
                        t -> assertThat(t).contains("you do not have permission to write to this project's folder"));
        assertThat(notice.getTooltip().getText()).contains(folder.toString()).contains("it can be read but not changed");
        assertThat(edit(robot).isDisable()).as("the Edit menu").isTrue();
        assertThat(importItem(robot).isDisable()).as("File › Import transcripts…").isTrue();
        assertThat(editText(robot, w).isDisabled()).as("Edit text over the transcript").isTrue();
        // Reading works as ever; a change asked for another way (a drop, a shortcut) is refused with the reason.
        assertThat(w.documents().documents()).extracting(d -> d.name()).containsExactly("interview.txt");
        AtomicReference<String> refused = new AtomicReference<>();
        robot.interact(() -> w.session().change("Coding", p -> p.code(CodingRequest.quote("interview.txt",
                "Europe/Partner", "mostly", null)), r -> { }, refused::set));
        waitUntil(() -> refused.get() != null);
        assertThat(refused.get()).contains("it can be read but not changed");
    }

    @Test
    void aWritableProjectShowsNoNotice(FxRobot robot) throws Exception {
        Path folder = project();

        open(robot, folder);

        Label notice = robot.lookup("#read-only-notice").queryAs(Label.class);
        assertThat(notice.isVisible()).isFalse();
        assertThat(notice.isManaged()).isFalse();
        assertThat(edit(robot).isDisable()).isFalse();
        assertThat(importItem(robot).isDisable()).isFalse();
        assertThat(editText(robot, window.workspace()).isDisabled()).isFalse();
    }

    /** The Edit text button over the transcript, once the first document is open. */
    private static javafx.scene.control.Button editText(FxRobot robot, WorkspaceView w) throws Exception {
        robot.interact(() -> w.transcript().open(w.documents().documents().get(0).id()));
        waitUntil(() -> w.transcript().document().get() != null);
        return robot.lookup("#edit-text").queryAs(javafx.scene.control.Button.class);
    }

    @Test
    void eachCauseIsToldInPlainWords() {
        assertThat(ReadOnlyNotice.text(org.verbatim.project.ReadOnlyCause.READ_ONLY_DISK))
                .contains("on a read-only disk or mount").contains("copy its folder to a writable place");
        assertThat(ReadOnlyNotice.text(org.verbatim.project.ReadOnlyCause.DISK_FULL))
                .contains("the disk is full").contains("free space on the disk, then close the project and open it again");
    }
}
