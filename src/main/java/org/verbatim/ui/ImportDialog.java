package org.verbatim.ui;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.verbatim.project.FilePreview;
import org.verbatim.project.ImportReport;

/**
 * Import: choose files or a folder, see what was detected in each file (format, encoding,
 * language, turns) or why it would be refused, set attributes for every document, import with
 * progress and Cancel, and read the refused files with their reasons at the end.
 */
final class ImportDialog {
    private final ImportViewModel model;
    private final Background background;
    private final Stage stage = new Stage();

    ImportDialog(ImportViewModel model, Background background, Window owner) {
        this.model = model;
        this.background = background;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import transcripts");

        Button files = Ui.button("Add files…", "mdi2f-file-multiple-outline", null, this::chooseFiles);
        Button folder = Ui.button("Add folder…", "mdi2f-folder-open", "Every transcript below the folder", this::chooseFolder);
        HBox add = new HBox(8, files, folder);

        TableView<FilePreview> table = new TableView<>(model.previews());
        table.setId("import-previews");
        table.setPlaceholder(new Label("No files yet: add files or a folder"));
        table.getColumns().add(text("File", p -> p.file().getFileName().toString(), 220));
        table.getColumns().add(text("Format", FilePreview::format, 70));
        table.getColumns().add(text("Encoding", FilePreview::encoding, 90));
        table.getColumns().add(text("Language", FilePreview::language, 100));
        TableColumn<FilePreview, Integer> turns = new TableColumn<>("Turns");
        turns.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().turns()));
        turns.setPrefWidth(60);
        table.getColumns().add(turns);
        table.getColumns().add(text("Status", p -> p.accepted() ? "ready" : "refused: " + p.refusal(), 300));
        VBox.setVgrow(table, Priority.ALWAYS);

        TextField attributes = new TextField();
        attributes.setId("import-attributes");
        attributes.setPromptText("Attributes for every document, e.g. city=Tomsk, format=focus group");
        attributes.textProperty().bindBidirectional(model.attributes());

        ProgressBar progress = new ProgressBar(0);
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(background.progress());
        progress.visibleProperty().bind(model.running());
        Label status = new Label();
        status.setId("import-status");
        status.textProperty().bind(model.status());
        Label activity = new Label();
        activity.getStyleClass().add("muted");
        activity.textProperty().bind(background.activity());
        activity.visibleProperty().bind(model.running());

        ListView<ImportReport.Refused> refused = new ListView<>(model.refused());
        refused.setId("import-refused");
        refused.setPrefHeight(110);
        refused.setMinHeight(80);
        refused.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ImportReport.Refused r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.file().getFileName() + " — " + r.reason());
                getStyleClass().remove("refused");
                if (!empty && r != null) {
                    getStyleClass().add("refused");
                }
            }
        });
        Label refusedTitle = new Label("Refused files");
        refusedTitle.getStyleClass().add("pane-title");
        VBox refusedBox = new VBox(2, refusedTitle, refused);
        refusedBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.refused()));
        refusedBox.managedProperty().bind(refusedBox.visibleProperty());

        ListView<String> notes = new ListView<>(model.notes());
        notes.setId("import-notes");
        notes.setPrefHeight(90);
        notes.setMinHeight(60);
        Label notesTitle = new Label("Notes on imported files");
        notesTitle.getStyleClass().add("pane-title");
        VBox notesBox = new VBox(2, notesTitle, notes);
        notesBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.notes()));
        notesBox.managedProperty().bind(notesBox.visibleProperty());

        Button start = Ui.button("Import", "mdi2i-import", null, model::start);
        start.setId("import-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.running().or(javafx.beans.binding.Bindings.isEmpty(model.previews())));
        Button cancel = Ui.button("Cancel", "mdi2c-cancel", "Stop after the file being imported", model::cancel);
        cancel.setId("import-cancel");
        cancel.disableProperty().bind(model.running().not());
        Button close = Ui.button("Close", null, null, stage::close);
        close.setId("import-close");
        close.disableProperty().bind(model.running());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, activity, gap, cancel, start, close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        VBox root = new VBox(10, add, table, attributes, status, refusedBox, notesBox, buttons);
        root.setPadding(new Insets(14));
        root.setId("import-dialog");
        Scene scene = new Scene(root, 900, 560);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // Closing the window is no way to leave an import running unseen: it stops like Cancel.
        stage.setOnCloseRequest(e -> model.cancel());
    }

    private static TableColumn<FilePreview, String> text(String title, java.util.function.Function<FilePreview, String> value,
                                                         double width) {
        TableColumn<FilePreview, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    void show() {
        stage.show();
    }

    ImportViewModel model() {
        return model;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Transcripts to import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Transcripts", "*.txt", "*.md", "*.docx", "*.vtt", "*.srt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) {
            model.add(chosen.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("A folder of transcripts");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            model.add(List.of(dir.toPath()));
        }
    }
}
