package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectEncryption;

/**
 * Opening an encrypted project in the window: its password is asked in a dialog, a wrong one is
 * said so and asked again; and File › Encryption changes the password in the background.
 */
class EncryptedWindowTest extends SampleWindowTest {
    @TempDir
    Path dir;

    private Path encryptedProject() throws Exception {
        Path transcript = Files.writeString(dir.resolve("interview.txt"),
                "Interviewer: And Europe?\n\nVera: Europe is a partner for us.\n");
        Path folder = dir.resolve("secret.verbatim");
        try (Project p = Project.create(folder, "right one")) {
            p.importFiles(ImportRequest.of(transcript), Progress.NONE);
            p.code(CodingRequest.quote("interview.txt", "Europe/Partner", "a partner", "vera"));
        }
        return folder;
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        java.util.Deque<MenuItem> items = new java.util.ArrayDeque<>(bar.getMenus());
        while (!items.isEmpty()) {
            MenuItem item = items.pop();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    private void openFromRecent(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> window.start().recent().setAll(folder));
        @SuppressWarnings("unchecked")
        ListView<Path> recent = robot.lookup(n -> n instanceof ListView<?> l && l.getItems().contains(folder))
                .queryAs(ListView.class);
        robot.interact(() -> recent.getSelectionModel().select(folder));
        robot.doubleClickOn(recent.lookup(".list-cell"));
    }

    @Test
    void theWindowAsksForThePasswordSaysWhenItIsWrongAndOpensWithTheRightOne(FxRobot robot) throws Exception {
        Path folder = encryptedProject();

        openFromRecent(robot, folder);
        waitUntil(() -> robot.lookup("#password-current").tryQuery().isPresent());
        assertThat(robot.lookup("#password-error").queryAs(Label.class).getText()).isEmpty();
        Button open = robot.lookup(".button").match(n -> n instanceof Button b && "Open".equals(b.getText())).queryAs(Button.class);
        assertThat(open.isDisabled()).as("Open without a password").isTrue();
        robot.clickOn("#password-current").write("wrong one");
        robot.clickOn(open);

        waitUntil(() -> robot.lookup("#password-error").tryQueryAs(Label.class)
                .map(l -> l.getText().startsWith("Wrong password")).orElse(false));
        assertThat(window.workspace()).isNull();
        robot.clickOn("#password-current").write("right one");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Open".equals(b.getText()))
                .queryAs(Button.class));

        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());
        assertThat(window.workspace().documents().documents().get(0).segments()).isEqualTo(1);
    }

    @Test
    void changingThePasswordFromTheFileMenuReopensTheProjectWithTheNewOne(FxRobot robot) throws Exception {
        Path folder = encryptedProject();
        robot.interact(() -> window.start().openEncrypted(folder, "right one", () -> { }));
        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty());

        MenuItem change = menuItem(robot, "menu-change-password");
        assertThat(change.isDisable()).isFalse();
        assertThat(menuItem(robot, "menu-encrypt").isDisable()).as("Encrypt… on an encrypted project").isTrue();
        // Monocle's headless mouse does not open a sub-menu by hovering: the item is chosen as a click on it would.
        Platform.runLater(change::fire);
        waitUntil(() -> robot.lookup("#password-current").tryQuery().isPresent());
        robot.clickOn("#password-current").write("right one");
        robot.clickOn("#password-new").write("new one");
        robot.clickOn("#password-again").write("new one");
        robot.clickOn(robot.lookup(".button").match(n -> n instanceof Button b && "Change password".equals(b.getText()))
                .queryAs(Button.class));

        waitUntil(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty()
                && !background.busy().get());
        assertThat(ProjectEncryption.isEncrypted(folder)).isTrue();
        robot.interact(window::closeProject);
        waitUntil(() -> !background.busy().get());
        try (Project p = Project.open(folder, "new one")) {
            assertThat(p.segments(org.verbatim.project.SegmentFilter.ALL)).hasSize(1);
        }
    }
}
