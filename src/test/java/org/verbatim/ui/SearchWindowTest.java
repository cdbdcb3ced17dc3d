package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.FacetView;
import org.verbatim.project.HitUnit;
import org.verbatim.project.HitView;
import org.verbatim.project.Progress;
import org.verbatim.project.SearchQuery;
import org.verbatim.project.SearchResults;
import org.verbatim.project.SegmentFilter;
import org.verbatim.project.SegmentView;

/**
 * Drives the Search tab of the real window on the sample study, headless: typing a query lists
 * the hits the facade finds, charts them by city (the chart exports as PNG and CSV), opens one in the transcript; the transcript
 * scope keeps to the open document; a bad query says what is wrong; coding hits is one action
 * that Undo takes back and Redo makes again.
 */
class SearchWindowTest extends SampleWindowTest {
    @TempDir
    Path exports;
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    /** Opens the sample study and waits also for the attributes the search filters offer. */
    @Override
    protected WorkspaceView openSample(FxRobot robot) throws Exception {
        WorkspaceView w = super.openSample(robot);
        waitUntil(() -> !w.search().attributes().isEmpty());
        return w;
    }

    private static int segmentCount(FxRobot robot, WorkspaceView w) throws Exception {
        return ask(robot, w, p -> p.segments(SegmentFilter.ALL)).size();
    }

    private static List<SegmentView> segmentsOf(FxRobot robot, WorkspaceView w, String code) throws Exception {
        return ask(robot, w, p -> p.segments(SegmentFilter.ofCode(code)));
    }

    @SuppressWarnings("unchecked")
    private static ListView<HitView> results(FxRobot robot) {
        return robot.lookup("#search-results").queryAs(ListView.class);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#search-summary").queryAs(Label.class).getText();
    }

    /** The search the pane runs for a query: in corpus order, counted by city. */
    private static SearchQuery asThePaneAsks(String query) {
        return new SearchQuery(query, Map.of(), null, SearchViewModel.SHOWN, SearchQuery.DEFAULT_CONTEXT,
                SearchQuery.Order.DOCUMENT, List.of("city"));
    }

    /** Types a new query into the focused search field, replacing what was there. */
    private static void typeQuery(FxRobot robot, String query) {
        robot.clickOn("#search-query");
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(query);
    }

    @Test
    void typingAProjectSearchListsTheHitsChartsThemByCityAndOpensOneInTheTranscript(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-query").query().isFocused()).isTrue();
        assertThat(robot.lookup("#search-scope-project").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.write("china AND partner");
        SearchResults expected = ask(robot, w, p -> p.search(asThePaneAsks("china AND partner"), Progress.NONE));
        assertThat(expected.total()).isGreaterThan(10);
        waitUntil(() -> summary(robot).startsWith(expected.total() + " hits"));
        assertThat(summary(robot)).isEqualTo(expected.total() + " hits in " + expected.turns() + " turns");
        assertThat(results(robot).getItems()).containsExactlyElementsOf(expected.hits());

        // The chart: one row per city, with its hits and turns.
        GridPane chart = robot.lookup("#search-facets").queryAs(GridPane.class);
        assertThat(robot.lookup("#search-facet").queryAs(ChoiceBox.class).getValue()).isEqualTo("city");
        List<String> labels = chart.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .toList();
        for (FacetView f : expected.facets().get("city")) {
            assertThat(labels).contains(f.value(), f.hits() + (f.hits() == 1 ? " hit" : " hits") + " · "
                    + f.turns() + (f.turns() == 1 ? " turn" : " turns"));
        }
        assertThat(expected.facets().get("city")).hasSize(3);

        // The chart exports as a picture of the bars and as its figures.
        Path png = exports.resolve("hits-by-city.png");
        Path csv = exports.resolve("hits-by-city.csv");
        robot.interact(() -> {
            w.searchPane().facetExport().png(png);
            w.searchPane().facetExport().csv(csv, false);
        });
        waitUntil(() -> Files.exists(png) && Files.exists(csv));
        BufferedImage picture = ImageIO.read(png.toFile());
        // The snapshot covers the chart's bounds, rounded out to whole pixels.
        assertThat(picture.getWidth()).isCloseTo((int) chart.getWidth(), within(2));
        assertThat(picture.getHeight()).isCloseTo((int) chart.getHeight(), within(2));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().map(l -> l.replace("\"", "")).toList();
        assertThat(rows.get(0)).isEqualTo("city,hits,turns");
        for (FacetView f : expected.facets().get("city")) {
            assertThat(rows).contains(f.value() + "," + f.hits() + "," + f.turns());
        }
        assertThat(rows).hasSize(1 + expected.facets().get("city").size());

        // Clicking the third row opens its document with the matched words selected.
        HitView third = expected.hits().get(2);
        Node cell = robot.lookup("#search-results .list-cell").queryAll().stream()
                .filter(n -> n instanceof ListCell<?> c && third.equals(c.getItem())).findFirst().orElseThrow();
        robot.clickOn(cell);
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().id() == third.documentId());
        assertThat(w.transcript().selection().get()).isEqualTo(new TextRange(third.start(), third.end()));
        assertThat(w.transcript().selectedText()).isEqualTo(third.matched());
        assertThat(w.transcriptPane().area().getSelectedText()).isEqualTo(w.transcript().selectedText());

        // A malformed query: the parser's message in the pane, and no hits left from before.
        typeQuery(robot, "china AND");
        waitUntil(() -> summary(robot).equals("The query ends with 'AND', which needs something after it"));
        assertThat(results(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#search-summary").query().getStyleClass()).contains("search-error");
    }

    @Test
    void theTranscriptScopeFindsOnlyTheOpenDocumentsHits(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null && w.transcript().document().get().document().id() == id);

        // Ctrl+F while reading the transcript.
        robot.interact(() -> w.transcriptPane().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search-query").query().isFocused()).isTrue();
        assertThat(robot.lookup("#search-scope-transcript").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.write("china");
        SearchResults inDocument = ask(robot, w, p -> p.search(SearchQuery.of("china AND document:TOM-focus-group")
                .withLimit(1000), Progress.NONE));
        SearchResults everywhere = ask(robot, w, p -> p.search(SearchQuery.of("china"), Progress.NONE));
        assertThat(inDocument.total()).isPositive().isLessThan(everywhere.total());
        waitUntil(() -> results(robot).getItems().size() == inDocument.total());
        assertThat(results(robot).getItems()).extracting(HitView::document).containsOnly(FOCUS_GROUP);
        assertThat(summary(robot)).startsWith(inDocument.total() + " hits in " + inDocument.turns() + " turns in "
                + FOCUS_GROUP);

        // Switching the scope in the pane searches the whole project again.
        robot.clickOn("#search-scope-project");
        waitUntil(() -> summary(robot).startsWith(everywhere.total() + " hits"));

        // The ? button shows the syntax with examples.
        robot.clickOn("#search-help");
        waitUntil(() -> robot.lookup("#search-syntax").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#search-syntax .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("\"soft power\"~3", "city:Tomsk", "code:\"The West/European Union\"");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void codingSelectedOrAllHitsIsOneActionThatUndoAndRedoTakeBackAndMakeAgain(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        int before = segmentCount(robot, w);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write("\"soft power\"");
        SearchResults found = ask(robot, w, p -> p.search(asThePaneAsks("\"soft power\""), Progress.NONE));
        waitUntil(() -> results(robot).getItems().size() == found.total());

        // Every hit (none selected), a new code, by turn: one segment per turn with a hit.
        robot.interact(() -> robot.lookup("#search-unit").queryAs(ChoiceBox.class).setValue(HitUnit.TURN));
        codeHitsWith(robot, "Searched soft power");
        waitUntil(() -> w.codebook().codes().stream().anyMatch(c -> c.path().equals("Searched soft power")
                && c.segments() == found.turns()));
        assertThat(segmentsOf(robot, w, "Searched soft power"))
                .hasSize((int) found.turns()).allSatisfy(s -> assertThat(s.text().toLowerCase()).contains("soft power"));
        assertThat(segmentCount(robot, w)).isEqualTo(before + (int) found.turns());
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Coded " + found.total()
                + " hits with Searched soft power: " + found.turns() + " segments, 0 already coded");

        // Undo takes every segment back in one step, and the code it made.
        robot.interact(() -> w.transcriptPane().area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> w.codebook().codes().stream().noneMatch(c -> c.path().equals("Searched soft power")));
        assertThat(segmentCount(robot, w)).isEqualTo(before);
        assertThat(w.coding().canUndo().get()).isFalse();

        // Redo makes them again, all at once.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> w.codebook().codes().stream().anyMatch(c -> c.path().equals("Searched soft power")
                && c.segments() == found.turns()));
        assertThat(segmentCount(robot, w)).isEqualTo(before + (int) found.turns());

        // Two selected hits, the matched words only: inside the turns just coded, so nothing new with that code...
        waitUntil(() -> results(robot).getItems().size() == found.total());
        robot.interact(() -> {
            results(robot).getSelectionModel().clearSelection();
            results(robot).getSelectionModel().selectIndices(0, 3);
            robot.lookup("#search-unit").queryAs(ChoiceBox.class).setValue(HitUnit.MATCH);
        });
        codeHitsWith(robot, "Searched soft power");
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText()
                .equals("Coded 2 hits with Searched soft power: 0 segments, 2 already coded"));
        assertThat(segmentCount(robot, w)).isEqualTo(before + (int) found.turns());

        // ...and two segments of a new code, exactly the selected hits' words.
        codeHitsWith(robot, "Soft power, the words");
        waitUntil(() -> w.codebook().codes().stream().anyMatch(c -> c.path().equals("Soft power, the words")
                && c.segments() == 2));
        List<HitView> chosen = List.of(found.hits().get(0), found.hits().get(3));
        assertThat(segmentsOf(robot, w, "Soft power, the words"))
                .extracting(s -> List.of(s.documentId(), (long) s.start(), (long) s.end()))
                .containsExactlyInAnyOrderElementsOf(chosen.stream()
                        .map(h -> List.of(h.documentId(), (long) h.start(), (long) h.end())).toList());
    }

    private static void codeHitsWith(FxRobot robot, String code) throws Exception {
        robot.clickOn("#search-code");
        waitUntil(() -> robot.lookup("#code-chooser-text").tryQuery().isPresent());
        robot.clickOn("#code-chooser-text").write(code);
        robot.type(KeyCode.ENTER);
    }
}
