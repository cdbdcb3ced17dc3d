package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;

/** Drives the real window (headless on Monocle in CI): first start builds and opens the sample study. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;
    private static String previousHome;

    @BeforeAll
    static void useFreshHome() {
        previousHome = System.getProperty("verbatim.home");
        System.setProperty("verbatim.home", home.toString());
    }

    @AfterAll
    static void restoreHome() {
        if (previousHome != null) {
            System.setProperty("verbatim.home", previousHome);
        }
    }

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage);
        window.show();
        window.openSample();
    }

    @Test
    void firstStartBuildsTheSampleStudyAndListsItsDocuments(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#headline").queryAs(Label.class).getText().startsWith(SampleStudy.NAME));

        assertThat(robot.lookup("#headline").queryAs(Label.class).getText())
                .startsWith("Sample study — 21 documents")
                .contains("51 participants, 69 codes");
        TableView<?> documents = robot.lookup("#documents").queryAs(TableView.class);
        assertThat(documents.getItems()).hasSize(21);
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).startsWith("Open: ");
        assertThat(Files.exists(SampleStudy.defaultLocation().resolve("project.mv.db"))).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Verbatim — Sample study");
    }

    @Test
    void aProjectOpenElsewhereIsReportedInTheWindowAndTheShownProjectStays(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#headline").queryAs(Label.class).getText().startsWith(SampleStudy.NAME));
        Path busy = home.resolve("busy.verbatim");
        try (Project held = Project.create(busy)) {
            robot.interact(() -> window.openProject(busy));

            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup("#status").queryAs(Label.class).getText().contains("busy.verbatim"));
            assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                    .isEqualTo("Project busy.verbatim is open in another Verbatim window or process.");
            assertThat(robot.lookup("#headline").queryAs(Label.class).getText()).startsWith("Sample study — 21 documents");
            assertThat(held.documents()).isEmpty();
        }
    }
}
