package org.verbatim.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.model.analysis.CrossTab;
import org.verbatim.project.Project;

/**
 * The real window on a fresh home folder (headless on Monocle), for tests that drive it on the
 * sample study: each test class gets its own home, each test a new window with its own
 * preferences, and after each test the project is closed and the background left idle.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    /** This test class's home folder: {@code verbatim.home} points here while its tests run. */
    @TempDir
    static Path home;
    private static String previousHome;

    protected Stage stage;
    protected MainWindow window;
    protected FxBackground background;
    protected Path preferencesFile;

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

    // On the stage TestFX has just prepared, as a @Start method would: TestFX looks for @Start only
    // among the test class's own methods, not its superclass's.
    @BeforeEach
    void showWindow() throws Exception {
        FxToolkit.setupStage(stage -> {
            this.stage = stage;
            background = new FxBackground();
            preferencesFile = home.resolve("preferences-" + System.nanoTime() + ".json");
            window = new MainWindow(stage, new PreferencesStore(preferencesFile, 50), background, folderOpener());
            window.show();
        });
    }

    /** How the window shows a folder after an export; none unless a test watches it. */
    protected Consumer<Path> folderOpener() {
        return null;
    }

    /** Closes the project, so the next test can open the sample study again. */
    @AfterEach
    void closeProject(FxRobot robot) throws Exception {
        robot.interact(window::closeProject);
        waitUntil(() -> !background.busy().get());
    }

    protected static void waitUntil(Callable<Boolean> condition) throws Exception {
        // Generous: on a loaded machine (several builds at once) opening the sample study alone can take a minute.
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the sample study from the start screen and waits for its codebook and documents. */
    protected WorkspaceView openSample(FxRobot robot) throws Exception {
        robot.clickOn("#open-sample");
        // The first opening builds the sample study: on a 2-core machine shared with other builds that took over a minute.
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> window.workspace() != null
                && !window.workspace().codebook().codes().isEmpty() && !window.workspace().documents().documents().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return window.workspace();
    }

    /** Asks the open project directly (on the window's background, as the window does), for the expected figures. */
    protected static <T> T ask(FxRobot robot, WorkspaceView w, Function<Project, T> question) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        robot.interact(() -> w.session().read("test", question, answer::complete, m -> answer.completeExceptionally(
                new AssertionError(m))));
        return answer.get(180, TimeUnit.SECONDS);
    }

    /** The cross-tab's cell of a code (by path) in a column (by title), waiting until the table shown has laid it out. */
    protected static TableCell<?, ?> crossTabCell(FxRobot robot, WorkspaceView w, String code, String column)
            throws Exception {
        AtomicReference<TableCell<?, ?>> found = new AtomicReference<>();
        waitUntil(() -> {
            found.set(findCrossTabCell(robot, w, code, column).orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    /** The cross-tab's cell of a code (by path) in a column (by title), if the table shown has laid it out. */
    protected static Optional<TableCell<?, ?>> findCrossTabCell(FxRobot robot, WorkspaceView w, String code,
                                                               String column) {
        CrossTab shown = w.crossTab().shown().get().table();
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                // Cells of columns replaced by a newer table linger until the next layout: only the shown ones.
                .filter(c -> w.crossTabPane().table().getColumns().contains(c.getTableColumn()) && c.isVisible()
                        && column.equals(c.getTableColumn().getText())
                        && c.getItem() instanceof CrossTabPane.Line line && line.kind() == CrossTabPane.Kind.CODE
                        && shown.rows().get(line.index()).code().equals(code))
                .<TableCell<?, ?>>map(c -> c).findFirst();
    }
}
