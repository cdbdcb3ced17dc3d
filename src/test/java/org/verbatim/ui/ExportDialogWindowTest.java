package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.CodeNode;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Drives File → Export coded excerpts… in the real window on the sample study: opened with the
 * keyboard, two codes checked, Tomsk checked, columns unchecked, the Excel layout chosen, the
 * export followed in the dialog's own progress bar and the CSV read back; the folder it would
 * open; and a cancelled export that leaves no file.
 */
class ExportDialogWindowTest extends SampleWindowTest {
    private static final String NATO = "Threats / NATO";
    private static final String FUNDING = "Sovereignty and globalisation / Western funding";

    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();

    @Override
    protected Consumer<Path> folderOpener() {
        return openedFolders::add;
    }

    /** Waits for a label's text; when it does not come, fails with the text there is. */
    private static void waitForText(FxRobot robot, String label, java.util.function.Predicate<String> wanted) {
        try {
            waitUntil(() -> wanted.test(robot.lookup(label).queryAs(Label.class).getText()));
        } catch (Exception e) {
            throw new AssertionError(label + " says: " + robot.lookup(label).queryAs(Label.class).getText()
                    + "; focus on " + robot.lookup(label).queryAs(Label.class).getScene().getFocusOwner(), e);
        }
    }

    /** Opens the dialog as a user would, with Ctrl+E (Cmd+E on a Mac), and waits for its choices. */
    private void openExportByKeyboard(FxRobot robot) throws Exception {
        robot.clickOn("#workspace");
        robot.press(KeyCode.SHORTCUT, KeyCode.E).release(KeyCode.E, KeyCode.SHORTCUT);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent()
                && !robot.lookup("#export-columns").queryAs(ListView.class).getItems().isEmpty()
                && robot.lookup("#export-count").queryAs(Label.class).getText().endsWith("match"));
    }

    @SuppressWarnings("unchecked")
    private static CheckBoxTreeItem<CodeNode> codeItem(FxRobot robot, String path) {
        TreeView<CodeNode> tree = robot.lookup("#export-codes").queryAs(TreeView.class);
        List<TreeItem<CodeNode>> todo = new ArrayList<>(tree.getRoot().getChildren());
        while (!todo.isEmpty()) {
            TreeItem<CodeNode> item = todo.remove(0);
            if (item.getValue().path().equals(path)) {
                return (CheckBoxTreeItem<CodeNode>) item;
            }
            todo.addAll(item.getChildren());
        }
        throw new AssertionError("No code " + path + " in the export dialog");
    }

    /** Checks a code by clicking its check box in the code tree, scrolled into sight. */
    private static void checkCode(FxRobot robot, String path) {
        TreeView<?> tree = robot.lookup("#export-codes").queryAs(TreeView.class);
        CheckBoxTreeItem<CodeNode> item = codeItem(robot, path);
        robot.interact(() -> {
            item.getParent().setExpanded(true);
            tree.scrollTo(tree.getRow((TreeItem) item));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(tree).lookup(".tree-cell").match(n -> n instanceof javafx.scene.control.TreeCell<?> c
                && c.getTreeItem() == item).lookup(".check-box").queryAs(javafx.scene.Node.class));
        assertThat(item.isSelected()).as(path + " checked").isTrue();
    }

    /** Checks or unchecks a name of a check list by clicking its check box. */
    private static void clickCheck(FxRobot robot, String list, String name) {
        ListView<?> view = robot.lookup("#" + list).queryAs(ListView.class);
        robot.interact(() -> view.scrollTo(view.getItems().indexOf(name)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(view).lookup(".check-box-list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && name.equals(c.getItem())).lookup(".check-box").queryAs(javafx.scene.Node.class));
    }

    static List<List<String>> readCsv(String text) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (it.hasNextValue()) {
                rows.add(it.nextValue());
            }
        }
        return rows;
    }

    @Test
    void exportsTwoCodesInTomskWithChosenColumnsForExcelAndOpensItsFolder(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        // A memo a spreadsheet would run as a formula, on one of the segments to export.
        List<SegmentView> tomskNato = new ArrayList<>();
        robot.interact(() -> {
            w.retrieval().code().set(NATO);
            w.retrieval().where().set("city=Tomsk");
            w.retrieval().retrieve();
        });
        waitUntil(() -> !w.retrieval().results().isEmpty());
        tomskNato.addAll(w.retrieval().results());
        robot.interact(() -> w.coding().setMemo(tomskNato.get(0), "=HYPERLINK(\"http://example.org\")"));
        waitUntil(() -> !background.busy().get());

        openExportByKeyboard(robot);
        robot.clickOn("#export-all-codes");
        checkCode(robot, NATO);
        checkCode(robot, FUNDING);
        robot.interact(() -> robot.lookup("#export-attribute").queryAs(javafx.scene.control.ComboBox.class).setValue("city"));
        clickCheck(robot, "export-values", "Tomsk");
        assertThat(robot.lookup("#export-where").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("city=Tomsk");
        for (String column : List.of("participants", "age", "education", "doc_date", "doc_interviewer")) {
            clickCheck(robot, "export-columns", column);
        }
        clickCheck(robot, "export-columns", "segment_id");
        robot.clickOn("#export-excel");
        Path csv = home.resolve("tomsk-excerpts.csv");
        robot.interact(() -> robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class)
                .setText(csv.toString()));

        // What the command line's segments listing gives for each code in Tomsk, read through the window's session.
        List<SegmentView> expected = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<SegmentView>[] listed = new List[1];
        robot.interact(() -> w.session().read("Listing the expected segments", pr -> {
            List<SegmentView> all = new ArrayList<>(pr.segments(new SegmentFilter(NATO, Map.of("city", List.of("Tomsk")), null,
                    List.of())));
            all.addAll(pr.segments(new SegmentFilter(FUNDING, Map.of("city", List.of("Tomsk")), null, List.of())));
            return all;
        }, all -> listed[0] = all));
        waitUntil(() -> listed[0] != null);
        expected.addAll(listed[0]);
        waitForText(robot, "#export-count", t -> t.equals(expected.size() + " excerpts match"));

        List<Double> progressSeen = new CopyOnWriteArrayList<>();
        ProgressBar bar = robot.lookup("#export-progress").queryAs(ProgressBar.class);
        robot.interact(() -> bar.progressProperty().addListener((o, a, b) -> {
            if (bar.isVisible()) {
                progressSeen.add(b.doubleValue());
            }
        }));
        robot.type(KeyCode.ENTER);
        waitForText(robot, "#export-message", t -> t.startsWith("Exported"));

        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText())
                .isEqualTo("Exported " + expected.size() + " excerpts to " + csv);
        assertThat(progressSeen).as("the dialog's progress bar moved").contains(1.0);
        assertThat(bar.isVisible()).isFalse();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = readCsv(text);
        assertThat(rows.get(0)).containsExactly("document", "city", "gender", "sphere", "intl_experience_years", "role",
                "doc_city", "doc_format", "code", "text", "coder", "memo", "segment_id");
        List<List<String>> data = rows.subList(1, rows.size());
        assertThat(data).extracting(r -> Long.valueOf(r.get(12))).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(SegmentView::id).toList());
        assertThat(data).extracting(r -> r.get(8)).containsOnly(NATO, FUNDING).contains(NATO, FUNDING);
        assertThat(data).extracting(r -> r.get(6)).containsOnly("Tomsk");
        assertThat(data).extracting(r -> r.get(9)).anyMatch(t -> t.matches("(?s).*[А-Яа-я]{4,}.*"));
        assertThat(data).filteredOn(r -> Long.parseLong(r.get(12)) == tomskNato.get(0).id())
                .singleElement().satisfies(r -> assertThat(r.get(11)).isEqualTo("'=HYPERLINK(\"http://example.org\")"));

        robot.clickOn("#export-open-folder");
        assertThat(openedFolders).containsExactly(csv.toAbsolutePath().getParent());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isEmpty());
    }

    @Test
    void aCancelledExportLeavesNoFileAndSaysSo(FxRobot robot) throws Exception {
        openSample(robot);
        openExportByKeyboard(robot);
        Path csv = home.resolve("cancelled.csv");
        robot.interact(() -> robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class)
                .setText(csv.toString()));
        // Cancel as soon as the export reports its first progress, before the file is moved into place.
        robot.interact(() -> background.activity().addListener((o, a, b) -> {
            if ("Reading the excerpts".equals(b)) {
                robot.lookup("#export-cancel").queryButton().fire();
            }
        }));
        robot.clickOn("#export-start");
        waitForText(robot, "#export-message", t -> t.contains("cancelled"));

        assertThat(robot.lookup("#export-message").queryAs(Label.class).getText())
                .isEqualTo("Export cancelled; no file was written");
        assertThat(csv).doesNotExist();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        assertThat(robot.lookup("#export-open-folder").queryButton().isVisible()).isFalse();
        robot.clickOn("#export-close");
        assertThat(openedFolders).isEmpty();
    }

    @Test
    void aPseudonymisedExportNamesNoParticipantAndMasksTheListedPlaces(FxRobot robot) throws Exception {
        openSample(robot);
        openExportByKeyboard(robot);
        Path list = home.resolve("places.txt");
        Files.writeString(list, "Tomsk => [city]\n");
        Path csv = home.resolve("pseudonymised.csv");
        robot.interact(() -> robot.lookup("#export-file").queryAs(javafx.scene.control.TextField.class)
                .setText(csv.toString()));
        robot.clickOn("#export-pseudonymise");
        robot.interact(() -> robot.lookup("#export-mask-list").queryAs(javafx.scene.control.TextField.class)
                .setText(list.toString()));
        robot.clickOn("#export-start");
        waitForText(robot, "#export-message", t -> t.startsWith("Exported"));

        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = readCsv(text);
        int participants = rows.get(0).indexOf("participants");
        assertThat(participants).isNotNegative();
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(participants))
                .allMatch(cell -> cell.matches("(P\\d{3}(; )?)*")).anyMatch(cell -> !cell.isEmpty());
        assertThat(text).doesNotContain("TOM-R0").doesNotContain("NNV-R0").doesNotContain("Tomsk").contains("[city]");
    }
}
