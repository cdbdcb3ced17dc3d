package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.verbatim.project.CodingRequest;
import org.verbatim.project.ComparedPassage;
import org.verbatim.project.GroupComparison;
import org.verbatim.project.ImportRequest;
import org.verbatim.project.PassageOrder;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentView;

/**
 * The Compare view of the real window: the sample study's cities side by side for one code, a
 * passage opened in its transcript, a quote marked and unmarked, the passages reordered; and a
 * project without attributes, all in one column with a note saying why.
 */
class CompareWindowTest extends SampleWindowTest {
    private static final String MIGRATION = "Threats / China / Threat of migration";

    @TempDir
    Path elsewhere;

    @Test
    void citiesSideBySideWithTheirFiguresPassagesAndQuoteMarks(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> "tab-compare".equals(w.centre().getSelectionModel().getSelectedItem().getId()));
        robot.interact(() -> {
            w.compare().choices().where().set("role=respondent");
            robot.lookup("#compare-codes").queryComboBox().setValue(MIGRATION);
        });
        waitUntil(() -> w.compare().shown().get() != null && w.compare().shown().get().codes().get(0).code().equals(MIGRATION)
                && w.compare().choices().where().get().equals("role=respondent"));

        GroupComparison shown = w.compare().shown().get();
        assertThat(shown.groups()).containsExactly("Nizhny Novgorod", "Petrozavodsk", "Tomsk");
        assertThat(figures(robot, "Nizhny-Novgorod")).isEqualTo("7 of 15 participants · 47% (95%: 25–70%)");
        assertThat(figures(robot, "Petrozavodsk")).isEqualTo("0 of 15 participants · 0% (95%: 0–20%)");
        assertThat(robot.lookup("#compare-column-Petrozavodsk .list-view").queryListView().getPlaceholder())
                .isInstanceOf(Label.class);
        assertThat(robot.lookup("#compare-note").queryAs(Label.class).isVisible()).isFalse();

        // A passage opens in its transcript with its words selected.
        ComparedPassage first = shown.codes().get(0).groups().get(0).passages().get(0);
        SegmentView segment = first.passage().segment();
        robot.clickOn(cellOf(robot, first.segmentId()), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> w.centre().getSelectionModel().getSelectedItem().getText().equals("Transcript")
                && w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == segment.documentId());
        assertThat(w.transcript().selection().get()).isEqualTo(new TextRange(segment.start(), segment.end()));

        // Its star marks it as a quote, kept in the project; a second click takes the mark away.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#quote-" + first.segmentId()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#quote-" + first.segmentId()).queryAs(Button.class));
        waitUntil(() -> passage(w, first.segmentId()).quote());
        java.util.Set<Long> marked = ask(robot, w, p -> p.comparisons().quotes());
        assertThat(marked).containsExactly(first.segmentId());
        assertThat(robot.lookup("#quote-" + first.segmentId()).queryAs(Button.class).getStyleClass())
                .contains("quote-marked");
        robot.clickOn(robot.lookup("#quote-" + first.segmentId()).queryAs(Button.class));
        waitUntil(() -> !passage(w, first.segmentId()).quote());
        java.util.Set<Long> unmarked = ask(robot, w, p -> p.comparisons().quotes());
        assertThat(unmarked).isEmpty();

        robot.interact(() -> w.compare().order().set(PassageOrder.LENGTH));
        waitUntil(() -> {
            List<ComparedPassage> nnv = w.compare().shown().get().codes().get(0).groups().get(0).passages();
            return nnv.get(0).passage().segment().text().length() >= nnv.get(nnv.size() - 1).passage().segment().text().length()
                    && nnv.stream().mapToDouble(ComparedPassage::typicality).boxed().toList().equals(
                            nnv.stream().sorted((a, b) -> Integer.compare(b.passage().segment().text().length(),
                                    a.passage().segment().text().length())).mapToDouble(ComparedPassage::typicality)
                                    .boxed().toList());
        });
    }

    @Test
    void fileReportPreviewsTheReportByCityAndSavesItAsHtmlAndWord(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.clickOn("File").clickOn("#menu-report");
        waitUntil(() -> robot.lookup("#report-preview-page").tryQuery().isPresent()
                && robot.lookup("#report-preview-page").queryAs(VBox.class).getChildren().size() > 10);
        VBox page = robot.lookup("#report-preview-page").queryAs(VBox.class);
        List<String> lines = page.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .toList();
        assertThat(lines.get(0)).isEqualTo("Sample study");
        assertThat(lines).contains("21 documents; 45 participants in 3 groups by city", "Threats",
                "Appendix: the codebook (69 codes)");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Coders elena and pavel: Cohen's kappa 0.9"));

        robot.interact(() -> robot.lookup("#report-where").queryTextInputControl().setText("role=respondent"));
        robot.clickOn("#report-preview");
        waitUntil(() -> page.getChildren().stream().anyMatch(n -> n instanceof Label l
                && l.getText().equals("21 documents; 45 participants in 3 groups by city")));
        Path html = elsewhere.resolve("study.html");
        Path docx = elsewhere.resolve("study.docx");
        // The file chooser is the platform's own: the dialog's model is given the file it would return.
        robot.interact(() -> ((ReportViewModel) reportModel(page)).save(html));
        waitUntil(() -> Files.exists(html));
        robot.interact(() -> ((ReportViewModel) reportModel(page)).save(docx));
        waitUntil(() -> Files.exists(docx));
        assertThat(Files.readString(html)).contains("<h2>Threats</h2>", "<td class=\"number\">15</td>");
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText()).isEqualTo("Wrote the report to " + docx);
    }

    private static Object reportModel(VBox page) {
        return page.getScene().getWindow().getProperties().get(ReportViewModel.class);
    }

    @Test
    void aProjectWithoutAttributesShowsEveryoneInOneColumnAndSaysWhy(FxRobot robot) throws Exception {
        Path folder = elsewhere.resolve("plain.verbatim");
        Path talk = Files.writeString(elsewhere.resolve("talk.txt"), """
                Interviewer: What about Europe?
                Anna: Europe is a partner for us.
                Interviewer: And China?
                Anna: Europe first, China later.
                """);
        try (Project plain = Project.create(folder)) {
            plain.importFiles(ImportRequest.of(talk), Progress.NONE);
            plain.code(CodingRequest.quote("talk.txt", "Europe", "Europe is a partner for us.", "me"));
            plain.code(CodingRequest.quote("talk.txt", "Europe", "Europe first", "me"));
        }
        robot.interact(() -> window.start().open(folder));
        waitUntil(() -> window.workspace() != null && !window.workspace().codebook().codes().isEmpty());
        WorkspaceView w = window.workspace();
        robot.interact(() -> w.centre().getSelectionModel().select(w.centre().getTabs().stream()
                .filter(t -> "tab-compare".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#compare-codes").queryComboBox().getItems().contains("Europe"));
        robot.interact(() -> robot.lookup("#compare-codes").queryComboBox().setValue("Europe"));
        waitUntil(() -> w.compare().shown().get() != null);

        assertThat(w.compare().shown().get().groups()).containsExactly("All documents");
        Label note = robot.lookup("#compare-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("This project has no participant or document attributes, so everyone is"
                + " in one column");
        assertThat(figures(robot, "All-documents")).isEqualTo("1 of 1 documents · 100% (95%: 21–100%)");
        assertThat(robot.lookup("#compare-column-All-documents .list-view").queryListView().getItems()).hasSize(2);
    }

    private static String figures(FxRobot robot, String column) {
        VBox box = robot.lookup("#compare-column-" + column).queryAs(VBox.class);
        return ((Label) box.getChildren().get(1)).getText();
    }

    private static ComparedPassage passage(WorkspaceView w, long id) {
        return w.compare().shown().get().codes().get(0).groups().stream().flatMap(g -> g.passages().stream())
                .filter(p -> p.segmentId() == id).findFirst().orElseThrow();
    }

    private static ListCell<?> cellOf(FxRobot robot, long id) {
        return robot.lookup(".compare-passages .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof ComparedPassage p && p.segmentId() == id).findFirst().orElseThrow();
    }
}
