package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog of File ▸ Import REFI-QDA project…, File ▸ Export ▸ REFI-QDA project… and File ▸
 * Merge project…: the file (typed or chosen), what else the operation needs, its progress with
 * Cancel, and its summary — for a merge, first the preview of what it would add.
 */
final class RefiDialog {
    private final RefiViewModel model;
    private final Background background;
    private final Stage stage = new Stage();

    RefiDialog(RefiViewModel model, Background background, Window owner) {
        this.model = model;
        this.background = background;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(switch (model.mode()) {
            case IMPORT -> "Import REFI-QDA project";
            case EXPORT -> "Export REFI-QDA project";
            case MERGE -> "Merge project";
        });
        Scene scene = new Scene(content(), 720, 480);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    RefiViewModel model() {
        return model;
    }

    private VBox content() {
        Label intro = new Label(switch (model.mode()) {
            case IMPORT -> "A new project from a REFI-QDA project (.qdpx, or a project.qde) written by NVivo, ATLAS.ti,"
                    + " MAXQDA or QualCoder. Its codings are placed on the words the other tool showed; what cannot"
                    + " come in is listed.";
            case EXPORT -> "The whole project as a REFI-QDA project (.qdpx) that NVivo, ATLAS.ti, MAXQDA and QualCoder"
                    + " read: documents, codebook, coders, segments, participants with their turns, attributes, memos.";
            case MERGE -> "Adds what another project (a .qdpx, a project.qde, or a Verbatim project folder) has and this"
                    + " one lacks: documents matched by their text, codes by path, participants by id, coders by name."
                    + " Nothing here is changed or removed.";
        });
        intro.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        TextField file = new TextField();
        file.setId("refi-file");
        file.textProperty().bindBidirectional(model.file());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button chooseFile = new Button(model.mode() == RefiViewModel.Mode.EXPORT ? "Save as…" : "Choose file…");
        chooseFile.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(6, file, chooseFile);
        if (model.mode() == RefiViewModel.Mode.MERGE) {
            Button chooseFolder = new Button("Choose project folder…");
            chooseFolder.setOnAction(e -> chooseFolder(model.file()));
            fileRow.getChildren().add(chooseFolder);
        }
        form.addRow(0, new Label(model.mode() == RefiViewModel.Mode.EXPORT ? "Write to" : "From"), fileRow);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);
        if (model.mode() == RefiViewModel.Mode.IMPORT) {
            TextField folder = new TextField();
            folder.setId("refi-folder");
            folder.textProperty().bindBidirectional(model.folder());
            form.addRow(1, new Label("New project"), folder);
        }
        if (model.mode() == RefiViewModel.Mode.MERGE) {
            TextField coder = new TextField();
            coder.setId("refi-coder");
            coder.setPromptText("blank: each segment keeps its own coder");
            coder.textProperty().bindBidirectional(model.coder());
            form.addRow(1, new Label("File under coder"), coder);
        }

        TextArea summary = new TextArea();
        summary.setId("refi-summary");
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        VBox.setVgrow(summary, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(background.progress());
        Label activity = new Label();
        activity.textProperty().bind(background.activity());
        Button cancel = new Button("Cancel");
        cancel.setId("refi-cancel");
        cancel.setOnAction(e -> background.cancelCurrent());
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox working = new HBox(8, progress, cancel);
        VBox busy = new VBox(4, working, activity);
        busy.visibleProperty().bind(model.running());
        busy.managedProperty().bind(model.running());

        HBox buttons = new HBox(8);
        if (model.mode() == RefiViewModel.Mode.MERGE) {
            Button preview = new Button("Preview");
            preview.setId("refi-preview");
            preview.setOnAction(e -> model.preview());
            preview.disableProperty().bind(model.running());
            buttons.getChildren().add(preview);
        }
        Button run = new Button(switch (model.mode()) {
            case IMPORT -> "Import";
            case EXPORT -> "Export";
            case MERGE -> "Merge";
        });
        run.setId("refi-run");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.run());
        run.disableProperty().bind(model.running().or(model.done()).or(
                model.mode() == RefiViewModel.Mode.MERGE ? model.previewed().not() : model.running()));
        buttons.getChildren().add(run);
        if (model.mode() == RefiViewModel.Mode.IMPORT) {
            Button open = new Button("Open the new project");
            open.setId("refi-open");
            open.visibleProperty().bind(model.done());
            open.setOnAction(e -> {
                stage.close();
                model.openCreated();
            });
            buttons.getChildren().add(open);
        }
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        buttons.getChildren().add(close);

        VBox root = new VBox(10, intro, form, busy, summary, buttons);
        root.setId("refi-dialog");
        root.setPadding(new Insets(14));
        return root;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("REFI-QDA project", "*.qdpx", "*.qde"));
        File chosen;
        if (model.mode() == RefiViewModel.Mode.EXPORT) {
            Path current = Path.of(model.file().get().isBlank() ? "project.qdpx" : model.file().get());
            if (current.toAbsolutePath().getParent() != null) {
                chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
            }
            chooser.setInitialFileName(current.getFileName().toString());
            chosen = chooser.showSaveDialog(stage);
        } else {
            chosen = chooser.showOpenDialog(stage);
        }
        if (chosen != null) {
            model.file().set(chosen.getAbsolutePath());
        }
    }

    private void chooseFolder(javafx.beans.property.StringProperty into) {
        File chosen = new DirectoryChooser().showDialog(stage);
        if (chosen != null) {
            into.set(chosen.getAbsolutePath());
        }
    }
}
