package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The "Code with…" dialog driven by keyboard (headless on Monocle), on a real project's codebook. */
@ExtendWith(ApplicationExtension.class)
class CodeChooserWindowTest {
    @TempDir
    Path dir;
    private ViewModelFixture f;
    private CodebookViewModel codebook;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 640, 480));
        stage.show();
    }

    @BeforeEach
    void open() throws Exception {
        f = new ViewModelFixture(dir);
        f.project.addCode("Values/Distrust", null, null, null);
        f.project.addCode("Values/Trust", null, null, null);
        codebook = new CodebookViewModel(f.session);
        FxThread.call(() -> {
            codebook.reload();
            return null;
        });
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Opens the chooser as the window does and clicks into its text field. */
    private CompletableFuture<Optional<String>> openChooser(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> chosen.complete(new CodeChooser(codebook, "Code with…", true).choose(stage)));
        Predicate<Node> showing = n -> n.getScene() != null && n.getScene().getWindow().isShowing();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#code-chooser-text").match(showing)
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Node field = robot.lookup("#code-chooser-text").match(showing).query();
        robot.clickOn(field);
        return chosen;
    }

    @Test
    void enterTakesTheCodeNamedExactlyAsTypedRatherThanOneContainingIt(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> chosen = openChooser(robot);
        robot.write("Trust");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#code-chooser-list").queryAs(ListView.class).getItems())
                .containsExactly("Values / Trust", "Values / Distrust");
        assertThat(robot.lookup("#code-chooser-new").queryAs(Button.class).isVisible()).isFalse();

        robot.type(KeyCode.ENTER);
        assertThat(chosen.get(60, TimeUnit.SECONDS)).contains("Values / Trust");
    }

    @Test
    void shiftEnterMakesANewCodeWhoseNameIsPartOfAnExistingOne(FxRobot robot) throws Exception {
        CompletableFuture<Optional<String>> chosen = openChooser(robot);
        robot.write("Chin");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#code-chooser-list").queryAs(ListView.class).getItems())
                .containsExactly("China", "China / Partner");
        assertThat(robot.lookup("#code-chooser-new").queryAs(Button.class).getText())
                .isEqualTo("New code: Chin (Shift+Enter)");

        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertThat(chosen.get(60, TimeUnit.SECONDS)).contains("Chin");
    }
}
