package org.verbatim.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.verbatim.project.HitUnit;
import org.verbatim.project.HitView;
import org.verbatim.project.SearchQuery;

/**
 * The Search tab: query and filters (searched while typing, after a short pause), the scope,
 * the hit count and a chart of hits per attribute value, the keyword-in-context hits (a click or
 * Enter opens one in the transcript), and coding the selected hits, or all, with one code.
 */
final class SearchPane {
    /** Quiet time after the last keystroke before a search runs. */
    static final Duration DEBOUNCE = Duration.millis(250);
    /** Height of the hits-per-value chart beyond which it scrolls. */
    private static final double MAX_CHART_HEIGHT = 140;

    private final SearchViewModel model;
    private final Session session;
    private ExportButtons facetExport;
    private final TextField query = new TextField();
    private final ToggleButton transcriptScope = new ToggleButton("This transcript");
    private final ToggleButton projectScope = new ToggleButton("Whole project");
    private final ListView<HitView> results = new ListView<>();
    private final HitSteps steps;
    /** Whether the query or filters changed since the last search: then Enter searches rather than steps. */
    private boolean edited = true;
    private final VBox root;

    /**
     * @param code asks for a code path ("Code with…"), given the window to open over
     */
    SearchPane(SearchViewModel model, Session session, CodingViewModel coding, Consumer<HitView> chosen,
               Function<Window, Optional<String>> code) {
        this.model = model;
        this.session = session;
        steps = new HitSteps(model.hits(), hit -> {
            results.getSelectionModel().clearAndSelect(results.getItems().indexOf(hit));
            results.scrollTo(hit);
            chosen.accept(hit);
        });
        query.setId("search-query");
        query.setPromptText("Search: china AND (threat OR migration)");
        query.textProperty().bindBidirectional(model.query());
        Button help = new Button(null, Ui.icon("mdi2h-help-circle-outline"));
        help.setTooltip(new Tooltip("Query syntax, with examples"));
        help.setId("search-help");
        SearchSyntaxHelp syntax = new SearchSyntaxHelp();
        help.setOnAction(e -> syntax.show(help));
        HBox queryRow = new HBox(6, query, stepButtons(), help);
        HBox.setHgrow(query, Priority.ALWAYS);

        TextField where = new TextField();
        where.setId("search-where");
        where.setPromptText("Filters: city=Tomsk, sphere=business");
        where.textProperty().bindBidirectional(model.where());
        // The filters have a row of their own so neither they nor the scope are cut short in a narrow pane.
        HBox scopeRow = scopeButtons();

        PauseTransition pause = new PauseTransition(DEBOUNCE);
        pause.setOnFinished(e -> search());
        query.textProperty().addListener((o, a, b) -> pause.playFromStart());
        where.textProperty().addListener((o, a, b) -> pause.playFromStart());
        query.textProperty().addListener((o, a, b) -> edited = true);
        where.textProperty().addListener((o, a, b) -> edited = true);
        // Enter searches a changed query, and then steps to the next hit; Shift+Enter to the previous one.
        query.setOnAction(e -> {
            pause.stop();
            if (edited || model.hits().isEmpty()) {
                search();
            } else {
                steps.next();
            }
        });
        query.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShiftDown()) {
                steps.previous();
                e.consume();
            }
        });
        where.setOnAction(e -> {
            pause.stop();
            search();
        });

        Label summary = new Label();
        summary.setId("search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        model.failed().addListener((o, a, failed) -> {
            summary.getStyleClass().removeAll("search-error", "muted");
            summary.getStyleClass().add(failed ? "search-error" : "muted");
        });
        summary.getStyleClass().add("muted");

        results.setId("search-results");
        results.setItems(model.hits());
        results.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        results.setCellFactory(l -> new HitCell());
        results.setPlaceholder(new Label("No hits to show"));
        results.setOnMouseClicked(e -> {
            HitView h = results.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && h != null && !e.isShortcutDown() && !e.isShiftDown()) {
                steps.chosen(h);
                chosen.accept(h);
            }
        });
        results.setOnKeyPressed(e -> {
            HitView h = results.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.ENTER && h != null) {
                steps.chosen(h);
                chosen.accept(h);
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);

        Button export = Ui.button("Export CSV…", "mdi2f-file-export-outline",
                "Every hit of this search as a CSV table (the columns of verbatim search --format csv)", this::export);
        export.setId("search-export");
        export.disableProperty().bind(Bindings.isEmpty(model.hits()));
        HBox summaryRow = new HBox(6, summary, export);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        summary.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(summary, Priority.ALWAYS);

        root = new VBox(6, queryRow, scopeRow, where, summaryRow, facetChart(), results, codingBar(coding, code));
        root.setPadding(new Insets(6));
    }

    private void search() {
        edited = false;
        model.search();
    }

    /** Previous and next hit, with "3 of 12" between them. */
    private HBox stepButtons() {
        Button previous = Ui.button(null, "mdi2c-chevron-up", "Previous hit (Shift+F3, Shift+Enter)", steps::previous);
        previous.setId("search-previous");
        Button next = Ui.button(null, "mdi2c-chevron-down", "Next hit (F3, Enter)", steps::next);
        next.setId("search-next");
        Label position = new Label();
        position.setId("search-position");
        position.textProperty().bind(steps.position());
        position.setMinWidth(Region.USE_PREF_SIZE);
        previous.disableProperty().bind(Bindings.isEmpty(model.hits()));
        next.disableProperty().bind(Bindings.isEmpty(model.hits()));
        HBox box = new HBox(2, previous, position, next);
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Search ▸ Next hit (F3) and Previous hit (Shift+F3), for the menu bar. */
    List<javafx.scene.control.MenuItem> stepItems() {
        var next = Ui.item("Next hit", "mdi2c-chevron-down", steps::next);
        next.setId("menu-next-hit");
        next.setAccelerator(javafx.scene.input.KeyCombination.valueOf("F3"));
        var previous = Ui.item("Previous hit", "mdi2c-chevron-up", steps::previous);
        previous.setId("menu-previous-hit");
        previous.setAccelerator(javafx.scene.input.KeyCombination.valueOf("Shift+F3"));
        return List.of(next, previous);
    }

    HitSteps steps() {
        return steps;
    }

    private HBox scopeButtons() {
        ToggleGroup scope = new ToggleGroup();
        transcriptScope.setId("search-scope-transcript");
        projectScope.setId("search-scope-project");
        transcriptScope.setToggleGroup(scope);
        projectScope.setToggleGroup(scope);
        projectScope.setSelected(!model.transcriptOnly().get());
        transcriptScope.setSelected(model.transcriptOnly().get());
        scope.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one of the two is always chosen
            } else {
                model.transcriptOnly().set(b == transcriptScope);
            }
        });
        model.transcriptOnly().addListener((o, a, only) -> (only ? transcriptScope : projectScope).setSelected(true));
        transcriptScope.getStyleClass().add("left-pill");
        projectScope.getStyleClass().add("right-pill");
        transcriptScope.setMinWidth(Region.USE_PREF_SIZE);
        projectScope.setMinWidth(Region.USE_PREF_SIZE);
        return new HBox(transcriptScope, projectScope);
    }

    private VBox facetChart() {
        ChoiceBox<String> attribute = new ChoiceBox<>(model.attributes());
        attribute.setId("search-facet");
        attribute.setMinWidth(130);
        attribute.valueProperty().bindBidirectional(model.facet());
        Label by = new Label("Hits by");
        by.getStyleClass().add("muted");
        FacetBars bars = new FacetBars(model.facets());
        Label exported = new Label();
        exported.getStyleClass().add("muted");
        exported.setWrapText(true);
        exported.visibleProperty().bind(exported.textProperty().isNotEmpty());
        exported.managedProperty().bind(exported.visibleProperty());
        facetExport = new ExportButtons(session, "search-facets", bars.root(), this::facetTable, exported::setText);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(6, by, attribute, gap, facetExport.menu());
        title.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(bars.root());
        scroll.setFitToWidth(true);
        // As tall as the bars, up to a limit past which they scroll; the hit list below gives way, not the chart.
        DoubleBinding height = Bindings.createDoubleBinding(() -> Math.min(MAX_CHART_HEIGHT,
                bars.root().getHeight()), bars.root().heightProperty());
        scroll.prefViewportHeightProperty().bind(height);
        scroll.minViewportHeightProperty().bind(height);
        scroll.getStyleClass().add("edge-to-edge");
        VBox chart = new VBox(4, title, scroll, exported);
        chart.visibleProperty().bind(Bindings.isNotEmpty(model.facets()));
        chart.managedProperty().bind(chart.visibleProperty());
        return chart;
    }

    /** The chart's figures: per value of the chosen attribute, its hits and turns. */
    private TableExport facetTable() {
        return new TableExport(List.of(model.facet().get(), "hits", "turns"), model.facets().stream()
                .map(f -> List.of(f.value() == null ? "(no value)" : f.value(), String.valueOf(f.hits()),
                        String.valueOf(f.turns())))
                .toList());
    }

    private VBox codingBar(CodingViewModel coding, Function<Window, Optional<String>> code) {
        ChoiceBox<HitUnit> unit = new ChoiceBox<>();
        unit.setId("search-unit");
        unit.getItems().setAll(HitUnit.values());
        unit.setValue(HitUnit.MATCH);
        unit.setConverter(new StringConverter<>() {
            @Override
            public String toString(HitUnit u) {
                return u == null ? "" : switch (u) {
                    case MATCH -> "matched words";
                    case SENTENCE -> "sentences";
                    case TURN -> "whole turns";
                };
            }

            @Override
            public HitUnit fromString(String s) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        });
        Button codeHits = Ui.button("Code hits…", "mdi2t-tag-plus-outline",
                "Code the selected hits (or, with none selected, every hit) with one code", () -> {
                    SearchQuery searched = model.searched().get();
                    if (searched == null) {
                        return;
                    }
                    List<Integer> numbers = results.getSelectionModel().getSelectedItems().stream()
                            .map(HitView::number).sorted().toList();
                    code.apply(root.getScene().getWindow())
                            .ifPresent(path -> coding.codeHits(searched, numbers, path, unit.getValue()));
                });
        codeHits.setId("search-code");
        ChangeControls.disable(session, Bindings.isEmpty(model.hits()), codeHits);
        unit.setTooltip(new Tooltip("What each segment covers"));
        Label by = new Label("as");
        by.getStyleClass().add("muted");
        Label which = new Label();
        which.setId("search-chosen");
        which.getStyleClass().add("muted");
        Runnable count = () -> {
            int selected = results.getSelectionModel().getSelectedItems().size();
            which.setText(model.hits().isEmpty() ? "" : selected == 0 ? "no hit selected: codes all hits"
                    : Plural.of(selected, "selected hit"));
        };
        results.getSelectionModel().getSelectedItems().addListener(
                (ListChangeListener<HitView>) c -> count.run());
        model.hits().addListener((ListChangeListener<HitView>) c -> count.run());
        codeHits.setMinWidth(Region.USE_PREF_SIZE);
        by.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, codeHits, by, unit);
        bar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, bar, which);
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the hits to");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("search-hits.csv");
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.exportCsv(chosen.toPath());
        }
    }

    /** Shows the search for the open transcript or the whole project, and puts the cursor in the query. */
    void focus(boolean transcriptOnly) {
        model.transcriptOnly().set(transcriptOnly);
        query.requestFocus();
        query.selectAll();
    }

    VBox root() {
        return root;
    }

    /** The export of the hits-per-value chart, as PNG or CSV. */
    ExportButtons facetExport() {
        return facetExport;
    }
}
