package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What a start of the window brings back, and what Help ▸ About tells. */
class StartupWindowTest extends SampleWindowTest {

    @Test
    void theNextStartReopensTheLastProjectAtTheDocumentThatWasOnScreen(FxRobot robot) throws Exception {
        WorkspaceView first = openSample(robot);
        robot.interact(() -> first.transcript().open(3));
        waitUntil(() -> first.transcript().document().get() != null && first.transcript().document().get().document().id() == 3);
        waitUntil(() -> new PreferencesStore(preferencesFile, 50).get().lastDocument() != null);
        robot.interact(window::closeProject);
        waitUntil(() -> !background.busy().get());

        PreferencesStore saved = new PreferencesStore(preferencesFile, 50);
        assertThat(saved.get().lastDocument()).isEqualTo(3L);
        robot.interact(() -> {
            window = new MainWindow(stage, saved, background);
            window.show();
        });
        waitUntil(() -> window.workspace() != null && window.workspace().transcript().document().get() != null);

        assertThat(window.workspace().transcript().document().get().document().id()).isEqualTo(3);
        assertThat(stage.getTitle()).isEqualTo("Verbatim — Sample study");
    }

    @Test
    void aboutTellsTheVersionTheJavaRuntimeAndWhereTheLogAndPreferencesAre(FxRobot robot) throws Exception {
        robot.clickOn("#start-about");
        waitUntil(() -> robot.lookup("#about-facts").tryQuery().isPresent());

        TextArea facts = robot.lookup("#about-facts").queryAs(TextArea.class);
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).matches("(?s)Verbatim \\d+\\.\\d+\\.\\d+.*");
        assertThat(facts.getText()).contains("Java " + System.getProperty("java.runtime.version"))
                .contains("Log: " + home.resolve("logs").resolve("verbatim.log"))
                .contains("Preferences: " + home.resolve("preferences.json"));
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }

    @Test
    void theWorkspaceHasHelpAbout(FxRobot robot) throws Exception {
        openSample(robot);
        robot.clickOn("Help");
        robot.clickOn("#menu-about");
        waitUntil(() -> robot.lookup("#about-facts").tryQuery().isPresent());

        TextArea facts = robot.lookup("#about-facts").queryAs(TextArea.class);
        assertThat(facts.getText()).contains("Log: " + Path.of(System.getProperty("verbatim.home"), "logs", "verbatim.log"));
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire());
    }
}
