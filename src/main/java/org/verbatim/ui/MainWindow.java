package org.verbatim.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;

/**
 * The main window: which project is open and its documents. Opening (and building the sample
 * study on first use) runs in a background task with a progress bar and a Cancel button.
 */
final class MainWindow {
    private final Stage stage;
    private final Label headline = new Label("No project open");
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button("Cancel");
    private final TableView<DocumentSummary> documents = new TableView<>();
    private Task<ProjectOverview> running;

    MainWindow(Stage stage) {
        this.stage = stage;
    }

    void show() {
        headline.setId("headline");
        headline.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        status.setId("status");
        documents.setId("documents");
        documents.setPlaceholder(new Label("No documents"));
        documents.getColumns().add(column("Document", d -> d.name(), 260));
        documents.getColumns().add(column("City", d -> d.attributes().getOrDefault("city", ""), 140));
        documents.getColumns().add(column("Format", d -> d.attributes().getOrDefault("format", d.format()), 130));
        documents.getColumns().add(column("Language", DocumentSummary::language, 80));
        documents.getColumns().add(numberColumn("Turns", DocumentSummary::turns));
        documents.getColumns().add(numberColumn("Words", DocumentSummary::words));
        documents.getColumns().add(numberColumn("Segments", DocumentSummary::segments));

        Button open = new Button("Open project…");
        open.setId("open-project");
        open.setOnAction(e -> chooseProject());
        Button sample = new Button("Open the sample study");
        sample.setId("open-sample");
        sample.setOnAction(e -> openSample());
        cancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        progress.setVisible(false);
        cancel.setVisible(false);
        HBox bar = new HBox(8, open, sample, progress, cancel, status);
        bar.setPadding(new Insets(8));
        HBox.setHgrow(status, Priority.ALWAYS);
        VBox top = new VBox(4, headline);
        top.setPadding(new Insets(12, 12, 4, 12));
        BorderPane root = new BorderPane(documents, top, null, bar, null);
        BorderPane.setMargin(documents, new Insets(4, 12, 4, 12));
        stage.setTitle("Verbatim");
        stage.setScene(new Scene(root, 1000, 640));
        stage.show();
    }

    /** Opens the sample study, building it in the user's Verbatim folder the first time. */
    void openSample() {
        Path folder = SampleStudy.defaultLocation();
        run("Opening the sample study", new ProjectTask<>() {
            @Override
            protected ProjectOverview work(Progress progress) {
                if (!java.nio.file.Files.exists(folder.resolve("project.mv.db"))) {
                    SampleStudy.build(folder, progress);
                }
                try (Project p = Project.open(folder)) {
                    return ProjectOverview.of(p);
                }
            }
        });
    }

    void openProject(Path folder) {
        run("Opening " + folder.getFileName(), new ProjectTask<>() {
            @Override
            protected ProjectOverview work(Progress progress) {
                try (Project p = Project.open(folder)) {
                    return ProjectOverview.of(p);
                }
            }
        });
    }

    private void chooseProject() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Verbatim project (a NAME.verbatim folder)");
        var dir = chooser.showDialog(stage);
        if (dir != null) {
            openProject(dir.toPath());
        }
    }

    private void run(String what, Task<ProjectOverview> task) {
        running = task;
        status.setText(what + "…");
        progress.setVisible(true);
        cancel.setVisible(true);
        progress.progressProperty().bind(task.progressProperty());
        task.messageProperty().addListener((obs, old, message) -> status.setText(message));
        task.setOnSucceeded(e -> {
            ProjectOverview o = task.getValue();
            headline.setText(o.headline());
            stage.setTitle("Verbatim — " + o.name());
            documents.setItems(FXCollections.observableArrayList(o.documents()));
            done("Open: " + o.folder().toAbsolutePath());
        });
        task.setOnFailed(e -> done(task.getException().getMessage()));
        task.setOnCancelled(e -> done("Cancelled"));
        Thread worker = new Thread(task, "verbatim-open");
        worker.setDaemon(true);
        worker.start();
    }

    private void done(String message) {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
        status.setText(message);
        running = null;
    }

    private static TableColumn<DocumentSummary, String> column(String title,
            java.util.function.Function<DocumentSummary, String> value, double width) {
        TableColumn<DocumentSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<DocumentSummary, Integer> numberColumn(String title,
            java.util.function.ToIntFunction<DocumentSummary> value) {
        TableColumn<DocumentSummary, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsInt(cell.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(90);
        return c;
    }
}
