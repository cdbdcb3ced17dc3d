package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.exchange.RefiCodebookFile;
import org.verbatim.project.CodeNode;
import org.verbatim.project.Project;

/**
 * File ▸ Import codebook… and Export ▸ Codebook… on the sample study: a JSON codebook and a
 * REFI-QDA .qdc codebook imported (each undone exactly by Ctrl+Z), a broken file refused with
 * its name and what is wrong, and the codebook exported in both formats and read back.
 */
class CodebookFilesWindowTest extends SampleWindowTest {
    private static final String CHINA = "Threats / China";

    @TempDir
    Path files;

    private static String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem inner = item(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** A .qdc as another program writes it: made by exporting a small project of its own. */
    private Path qdcFromElsewhere() {
        Path qdc = files.resolve("energy.qdc");
        try (Project other = Project.create(files.resolve("other.verbatim"))) {
            other.addCode("Energy / Gas", "#2CA02C", "Pipelines and prices", null);
            other.addCode("Energy / Nuclear", null, null, null);
            other.refi().exportCodebook(qdc);
        }
        return qdc;
    }

    @Test
    void jsonAndQdcCodebooksAreImportedUndoablyBadFilesRefusedAndBothFormatsExported(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> menus = bar.getMenus().stream().map(m -> (MenuItem) m).toList();
        assertThat(item(menus, "menu-import-codebook").getText()).isEqualTo("Import codebook…");
        assertThat(item(menus, "menu-export-codebook").getText()).isEqualTo("Codebook…");
        CodebookFileActions actions = new CodebookFileActions(w.session(), stage);
        List<CodeNode> before = List.copyOf(w.codebook().codes());
        CodeNode china = w.codebook().find(CHINA).orElseThrow();

        Path json = files.resolve("shared codebook.json");
        Files.writeString(json, """
                {"codes": [
                  {"name": "Threats", "children": [
                    {"name": "China", "description": "Economic and military rise, as respondents see it"}]},
                  {"name": "Window import", "color": "#9467BD", "children": [{"name": "Alpha"}]}
                ]}
                """);
        robot.interact(() -> actions.importFrom(json));
        waitUntil(() -> w.codebook().find("Window import / Alpha").isPresent());
        assertThat(w.codebook().find(CHINA).orElseThrow().code().description())
                .isEqualTo("Economic and military rise, as respondents see it");
        assertThat(status(robot)).isEqualTo("Imported codebook shared codebook.json: 2 codes created, 1 updated"
                + " (Ctrl+Z undoes it)");

        Path qdc = qdcFromElsewhere();
        robot.interact(() -> actions.importFrom(qdc));
        waitUntil(() -> w.codebook().find("Energy / Gas").isPresent() && w.codebook().find("Energy / Nuclear").isPresent());
        assertThat(w.codebook().find("Energy / Gas").orElseThrow().code().color()).isEqualTo("#2CA02C");

        // A file that is not a codebook: refused, naming the file and what is wrong; nothing changes.
        List<CodeNode> withBoth = List.copyOf(w.codebook().codes());
        Path broken = files.resolve("broken.json");
        Files.writeString(broken, "{\"codes\": [ {\"name\": \"A\", \"color\": \"light blue\"} ]}");
        robot.interact(() -> actions.importFrom(broken));
        waitUntil(() -> status(robot).contains("broken.json"));
        assertThat(status(robot)).contains("colour").contains("light blue");
        Path notCodebook = files.resolve("project.qdc");
        Files.writeString(notCodebook, "<Project xmlns=\"urn:QDA-XML:project:1.0\"/>");
        robot.interact(() -> actions.importFrom(notCodebook));
        waitUntil(() -> status(robot).contains("project.qdc"));
        assertThat(status(robot)).contains("not a REFI-QDA codebook");
        assertThat(w.codebook().codes()).containsExactlyElementsOf(withBoth);

        // Both formats written and read back.
        Path jsonOut = files.resolve("out/codebook.json");
        Path qdcOut = files.resolve("out/codebook.qdc");
        Files.createDirectories(jsonOut.getParent());
        robot.interact(() -> actions.exportTo(jsonOut));
        waitUntil(() -> status(robot).equals("Codebook written to " + jsonOut));
        robot.interact(() -> actions.exportTo(qdcOut));
        waitUntil(() -> status(robot).equals("Codebook written to " + qdcOut));
        JsonNode written = new ObjectMapper().readTree(jsonOut.toFile());
        assertThat(written.get("codes").findValuesAsText("name")).contains("Threats", "China", "Window import",
                "Alpha", "Energy", "Gas");
        List<String> qdcNames = names(RefiCodebookFile.read(qdcOut).codes());
        assertThat(qdcNames).contains("Threats", "China", "Alpha", "Gas", "Nuclear").hasSize(withBoth.size());

        // Undo takes the .qdc import back, then the JSON import, exactly.
        undo(robot);
        waitUntil(() -> w.codebook().find("Energy").isEmpty());
        assertThat(w.codebook().find("Window import / Alpha")).isPresent();
        undo(robot);
        waitUntil(() -> w.codebook().find("Window import").isEmpty());
        waitUntil(() -> w.codebook().codes().size() == before.size());
        assertThat(w.codebook().codes()).containsExactlyElementsOf(before);
        assertThat(w.codebook().find(CHINA).orElseThrow()).isEqualTo(china);
    }

    private static List<String> names(List<org.verbatim.exchange.RefiProject.Code> codes) {
        List<String> out = new java.util.ArrayList<>();
        for (var c : codes) {
            out.add(c.name());
            out.addAll(names(c.children()));
        }
        return out;
    }
}
