package org.verbatim.ui;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.verbatim.project.CodeNode;
import org.verbatim.project.SegmentView;

/** Retrieval of one code across all documents, with attribute filters; its segments can be exported. */
final class RetrievalPane {
    private final VBox root;

    RetrievalPane(RetrievalViewModel model, CodebookViewModel codebook, Consumer<SegmentView> chosen, Runnable export) {
        ComboBox<String> code = new ComboBox<>();
        code.setId("retrieval-code");
        code.setEditable(true);
        code.setPromptText("Code");
        code.setMaxWidth(Double.MAX_VALUE);
        codebook.codes().addListener((javafx.collections.ListChangeListener<CodeNode>) c ->
                code.getItems().setAll(codebook.codes().stream().map(CodeNode::path).toList()));
        code.valueProperty().addListener((o, a, v) -> model.code().set(v));
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
        HBox.setHgrow(summary, Priority.ALWAYS);
        Button exportThese = Ui.button("Export these…", "mdi2f-file-export-outline",
                "Export the listed segments as CSV, choosing columns and filters", export);
        exportThese.setId("retrieval-export");
        exportThese.disableProperty().bind(model.retrieved().isNull());
        HBox listed = new HBox(6, summary, exportThese);
        listed.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        SegmentList results = new SegmentList("retrieval-results", model.results(), codebook, true, chosen, null);
        VBox.setVgrow(results.view(), Priority.ALWAYS);
        root = new VBox(6, code, filters, listed, results.view());
        root.setPadding(new Insets(6));
    }

    VBox root() {
        return root;
    }
}
