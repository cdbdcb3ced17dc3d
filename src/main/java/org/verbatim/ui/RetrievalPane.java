package org.verbatim.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.verbatim.project.SegmentView;

/** Retrieval of one code across all documents, with attribute filters; its segments can be exported. */
final class RetrievalPane {
    private final VBox root;

    RetrievalPane(RetrievalViewModel model, CodebookViewModel codebook, Consumer<SegmentView> chosen, Runnable export) {
        TextField code = new TextField();
        code.setId("retrieval-code");
        code.setPromptText("Code: type part of its name, Enter retrieves");
        code.setMaxWidth(Double.MAX_VALUE);
        code.textProperty().bindBidirectional(model.code());
        ListView<String> matches = new ListView<>();
        matches.setId("retrieval-matches");
        matches.setPrefHeight(150);
        matches.setVisible(false);
        matches.managedProperty().bind(matches.visibleProperty());
        // The list of codes containing what is typed, shown while typing; choosing one retrieves it.
        code.textProperty().addListener((o, a, typed) -> {
            if (!code.isFocused()) {
                return;
            }
            var found = codebook.matching(typed);
            matches.getItems().setAll(found);
            matches.setVisible(!typed.isBlank() && !found.isEmpty() && !(found.size() == 1 && found.get(0).equals(typed)));
            if (!found.isEmpty()) {
                matches.getSelectionModel().select(0);
            }
        });
        Runnable takeMatch = () -> {
            String match = matches.getSelectionModel().getSelectedItem();
            if (matches.isVisible() && match != null) {
                model.code().set(match);
            }
            matches.setVisible(false);
            model.retrieve();
        };
        code.setOnAction(e -> takeMatch.run());
        code.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && matches.isVisible()) {
                matches.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                matches.setVisible(false);
            }
        });
        matches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                takeMatch.run();
                code.requestFocus();
                code.end();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                matches.setVisible(false);
                code.requestFocus();
            }
        });
        matches.setOnMouseClicked(e -> {
            if (matches.getSelectionModel().getSelectedItem() != null) {
                takeMatch.run();
            }
        });
        TextField where = new TextField();
        where.setId("retrieval-where");
        where.setPromptText("Filters: city=Tomsk, gender=female");
        where.textProperty().bindBidirectional(model.where());
        where.setOnAction(e -> model.retrieve());
        Button run = Ui.button("Retrieve", "mdi2m-magnify", "List every segment of the code that passes the filters",
                model::retrieve);
        run.setId("retrieve");
        HBox filters = new HBox(6, where, run);
        HBox.setHgrow(where, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("retrieval-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summary());
        summary.setMaxWidth(Double.MAX_VALUE);
        // An error (an unknown code, a filter that cannot be read) is shown whole.
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button exportThese = Ui.button("Export these…", "mdi2f-file-export-outline",
                "Export the listed segments as CSV, choosing columns and filters", export);
        exportThese.setId("retrieval-export");
        exportThese.disableProperty().bind(model.retrieved().isNull());
        HBox listed = new HBox(6, summary, exportThese);
        listed.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        SegmentList results = new SegmentList("retrieval-results", model.results(), codebook, true, chosen, null);
        results.showTimes(model::timeOf);
        VBox.setVgrow(results.view(), Priority.ALWAYS);
        root = new VBox(6, code, matches, filters, listed, results.view());
        root.setPadding(new Insets(6));
    }

    VBox root() {
        return root;
    }
}
