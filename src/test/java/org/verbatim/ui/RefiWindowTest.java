package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.verbatim.project.SegmentFilter;

/**
 * File ▸ Export ▸ REFI-QDA project…, File ▸ Import REFI-QDA project… and File ▸ Merge project…
 * driven through the menus of the real window on the sample study: the export written and
 * re-imported as a new project that the window then opens, and a merge previewed (nothing
 * changed) before it adds a second coder's segments; and the real NVivo export imported from
 * the start screen.
 */
class RefiWindowTest extends SampleWindowTest {

    private static Node labelled(FxRobot robot, String text) throws Exception {
        java.util.function.Predicate<Node> showing = n -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.isVisible();
        waitUntil(() -> robot.lookup(showing).tryQuery().isPresent());
        return robot.lookup(showing).query();
    }

    private void menu(FxRobot robot, String... path) throws Exception {
        for (String item : path) {
            robot.clickOn(labelled(robot, item));
        }
        waitUntil(() -> robot.lookup("#refi-dialog").tryQuery().isPresent());
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#refi-summary").queryAs(TextArea.class).getText();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(text));
    }

    private Path export(FxRobot robot, String name) throws Exception {
        Path qdpx = home.resolve(name);
        menu(robot, "File", "Export", "REFI-QDA project…");
        assertThat(robot.lookup("#refi-file").queryAs(TextField.class).getText()).endsWith("Sample study.qdpx");
        type(robot, "#refi-file", qdpx.toString());
        robot.clickOn("#refi-run");
        waitUntil(() -> summary(robot).startsWith("Wrote"));
        assertThat(summary(robot)).contains("21 documents").contains("validates against the REFI-QDA project schema");
        assertThat(qdpx).isRegularFile();
        robot.clickOn(labelled(robot, "Close"));
        return qdpx;
    }

    @Test
    void exportThenImportAsANewProjectThatTheWindowOpens(FxRobot robot) throws Exception {
        openSample(robot);
        Path qdpx = export(robot, "exported.qdpx");

        menu(robot, "File", "Import REFI-QDA project…");
        type(robot, "#refi-file", qdpx.toString());
        assertThat(robot.lookup("#refi-folder").queryAs(TextField.class).getText()).endsWith("exported.verbatim");
        robot.clickOn("#refi-run");
        waitUntil(() -> summary(robot).startsWith("Imported from exported.qdpx"));
        assertThat(summary(robot)).contains("documents 21").contains("every coding of text came in");
        robot.clickOn("#refi-open");
        waitUntil(() -> window.workspace() != null && window.workspace().session().name().equals("exported")
                && window.workspace().documents().documents().size() == 21);
        assertThat(Files.isRegularFile(home.resolve("exported.verbatim").resolve("project.mv.db"))).isTrue();
    }

    @Test
    void mergeIsPreviewedBeforeItAddsASecondCodersSegments(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        Path qdpx = export(robot, "colleague.qdpx");
        int before = ask(robot, w, p -> p.segments(SegmentFilter.ALL).size());

        menu(robot, "File", "Merge project…");
        assertThat(robot.lookup("#refi-run").queryAs(Button.class).isDisabled()).as("merge waits for a preview").isTrue();
        type(robot, "#refi-file", qdpx.toString());
        type(robot, "#refi-coder", "boris");
        robot.clickOn("#refi-preview");
        waitUntil(() -> summary(robot).startsWith("Nothing has been changed yet"));
        String preview = summary(robot);
        assertThat(preview).contains("The merge of colleague.qdpx would do this").contains("documents 0")
                .contains("coders 1,").contains("matched in the project: codes 69, documents 21");
        int afterPreview = ask(robot, w, p -> p.segments(SegmentFilter.ALL).size());
        assertThat(afterPreview).isEqualTo(before);

        robot.clickOn("#refi-run");
        waitUntil(() -> summary(robot).startsWith("Merged from colleague.qdpx"));
        int after = ask(robot, w, p -> p.segments(SegmentFilter.ALL).size());
        int boris = ask(robot, w, p -> p.segments(new SegmentFilter(null, java.util.Map.of(), "boris",
                java.util.List.of())).size());
        assertThat(boris).isPositive().isEqualTo(after - before);
        assertThat(preview).contains("segments " + boris + ",");
    }

    @Test
    void theStartScreenImportsTheNvivoExportAndOpensIt(FxRobot robot) throws Exception {
        Path nvivo = Path.of(RefiWindowTest.class.getResource("/refi-qda/nvivo-win-12.6/oltas0517.qdpx").toURI());
        robot.clickOn("#import-refi");
        waitUntil(() -> robot.lookup("#refi-dialog").tryQuery().isPresent());
        type(robot, "#refi-file", nvivo.toString());
        type(robot, "#refi-folder", home.resolve("from-nvivo.verbatim").toString());
        robot.clickOn("#refi-run");
        waitUntil(() -> summary(robot).startsWith("Imported from oltas0517.qdpx"));
        assertThat(summary(robot)).contains("codes 152, documents 2, segments 303, coders 2")
                .contains("every coding of text came in");
        robot.clickOn("#refi-open");
        waitUntil(() -> window.workspace() != null && window.workspace().documents().documents().size() == 2
                && window.workspace().codebook().codes().size() == 152);
    }
}
