package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.verbatim.model.report.StudyReport;

/** File ▸ Report…: the report's choices on the left, its preview on the right, saved as HTML or Word. */
final class ReportDialog {
    private final ReportViewModel model;
    private final Stage stage = new Stage();
    private final VBox preview = new VBox(6);

    ReportDialog(ReportViewModel model, Window owner) {
        this.model = model;
        stage.initOwner(owner);
        stage.setTitle("Report");
        CheckList codes = new CheckList("report-codes", model::isChosen, model::choose);
        model.codes().addListener((javafx.collections.ListChangeListener<String>) c -> codes.show(model.codes()));
        VBox.setVgrow(codes.view(), Priority.ALWAYS);
        ChoiceBox<String> by = new ChoiceBox<>(model.attributes());
        by.setId("report-by");
        Comparison.follow(by.valueProperty(), model.attributes(), model.attribute());
        Spinner<Integer> quotes = new Spinner<>(0, 20, model.quotes().get());
        quotes.setId("report-quotes");
        quotes.valueProperty().addListener((o, a, v) -> model.quotes().set(v));
        TextField where = new TextField();
        where.setId("report-where");
        where.setPromptText("role=respondent");
        where.textProperty().bindBidirectional(model.where());
        Button refresh = Ui.button("Preview", "mdi2e-eye-outline", "Build the report as chosen", model::refresh);
        refresh.setId("report-preview");
        VBox choices = new VBox(6, new Label("Codes"), codes.view(), new Label("Groups by"), by,
                new Label("Quotes per group"), quotes, new Label("Only segments where"), where, refresh);
        choices.setPadding(new Insets(8));
        choices.setMinWidth(220);

        preview.setId("report-preview-page");
        preview.setPadding(new Insets(16));
        preview.getStyleClass().add("report-page");
        ScrollPane page = new ScrollPane(preview);
        page.setFitToWidth(true);
        SplitPane split = new SplitPane(choices, page);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);

        Button html = Ui.button("Save as HTML…", "mdi2l-language-html5", "A web page that prints well", () -> save("html"));
        html.setId("report-save-html");
        Button docx = Ui.button("Save as Word…", "mdi2f-file-word-outline", "A Word document to edit", () -> save("docx"));
        docx.setId("report-save-docx");
        Label status = new Label();
        status.setId("report-status");
        status.getStyleClass().add("muted");
        status.textProperty().bind(model.message());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox buttons = new HBox(8, status, html, docx);
        buttons.setPadding(new Insets(8));
        model.preview().addListener((o, a, r) -> render(r));
        Scene scene = new Scene(new VBox(split, buttons), 1000, 680);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        // Tests reach the model through the window, as a file chooser cannot be driven headless.
        stage.getProperties().put(ReportViewModel.class, model);
    }

    void show() {
        stage.show();
        model.load();
    }

    Stage stage() {
        return stage;
    }

    private void save(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the report as");
        chooser.getExtensionFilters().add(extension.equals("html")
                ? new FileChooser.ExtensionFilter("Web page", "*.html")
                : new FileChooser.ExtensionFilter("Word document", "*.docx"));
        StudyReport shown = model.preview().get();
        chooser.setInitialFileName((shown == null ? "report" : shown.title()) + "." + extension);
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path file = chosen.toPath();
            model.save(file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                    : file.resolveSibling(file.getFileName() + "." + extension));
        }
    }

    /** The report's headings, figures and quotes as they will read. */
    private void render(StudyReport r) {
        preview.getChildren().clear();
        if (r == null) {
            return;
        }
        preview.getChildren().add(text(r.title(), "report-title"));
        long everyone = r.groups().stream().mapToLong(StudyReport.GroupSize::size).sum();
        preview.getChildren().add(text(r.documents().size() + " documents; " + everyone + " " + r.unit()
                + (r.attribute().isBlank() ? "" : " in " + r.groups().size() + " groups by " + r.attribute()), null));
        if (!r.note().isBlank()) {
            preview.getChildren().add(text(r.note(), "muted"));
        }
        if (r.agreement() != null) {
            preview.getChildren().add(text(String.format(Locale.ROOT, "Coders %s and %s: Cohen's kappa %.3f",
                    r.agreement().firstCoder(), r.agreement().secondCoder(),
                    r.agreement().kappa() == null ? Double.NaN : r.agreement().kappa()), "muted"));
        }
        for (StudyReport.CodeSection c : r.codes()) {
            preview.getChildren().add(text(c.code(), "report-heading"));
            for (StudyReport.GroupFigures g : c.groups()) {
                String figures = String.format(Locale.ROOT, "%s: %d of %d", g.group(), g.raised(), g.of())
                        + (Double.isNaN(g.share()) ? "" : String.format(Locale.ROOT, " (%.0f%%)", g.share() * 100));
                ProgressBar bar = new ProgressBar(Double.isNaN(g.share()) ? 0 : g.share());
                bar.setPrefWidth(160);
                Label label = text(figures, null);
                label.setPrefWidth(260);
                preview.getChildren().add(new HBox(8, label, bar));
                for (StudyReport.Quote q : g.quotes()) {
                    Label quote = text("“" + q.text().strip() + "” — " + q.speaker(), "report-quote");
                    quote.setPadding(new Insets(0, 0, 0, 20));
                    preview.getChildren().add(quote);
                }
            }
        }
        preview.getChildren().add(text("Appendix: the codebook (" + r.codebook().size() + " codes)", "report-heading"));
    }

    private static Label text(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }
}
