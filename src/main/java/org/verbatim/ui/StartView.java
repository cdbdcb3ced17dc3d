package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The start screen: recent projects and the ways to open one. */
final class StartView {
    private final StartViewModel model;
    private final Stage stage;

    StartView(StartViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
    }

    Parent root() {
        Label title = new Label("Verbatim");
        title.getStyleClass().add("app-title");
        Label subtitle = new Label("Qualitative coding of interviews and focus groups");
        subtitle.getStyleClass().add("subtitle");

        Button sample = Ui.button("Open the sample study", "mdi2f-flask-outline",
                "21 transcripts from Nizhny Novgorod, Tomsk and Petrozavodsk, with participants and a codebook",
                model::openSample);
        sample.setId("open-sample");
        sample.getStyleClass().add("accent");
        Button create = Ui.button("New project…", "mdi2f-folder-plus", "Create an empty project folder", this::create);
        create.setId("new-project");
        Button open = Ui.button("Open project…", "mdi2f-folder-open", "Open a NAME.verbatim folder", this::open);
        open.setId("open-project");
        Button importRefi = Ui.button("Import REFI-QDA project…", "mdi2f-file-import-outline",
                "A new project from an NVivo, ATLAS.ti, MAXQDA or QualCoder export (.qdpx)", this::importRefi);
        importRefi.setId("import-refi");
        Button team = Ui.button("New team project…", "mdi2a-account-multiple-plus", "Create a project on a PostgreSQL"
                + " server that a team codes at the same time", () -> team(TeamDialog.Purpose.NEW));
        team.setId("new-team-project");
        Button join = Ui.button("Join team project…", "mdi2l-lan-connect", "Make a folder on this computer for a team"
                + " project on a server", () -> team(TeamDialog.Purpose.JOIN));
        join.setId("join-team-project");
        for (Button b : new Button[] {sample, create, open, importRefi, team, join}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
        }
        VBox actions = new VBox(10, sample, create, open, importRefi, team, join);
        actions.setPrefWidth(260);

        Label recentTitle = new Label("Recent projects");
        recentTitle.getStyleClass().add("pane-title");
        ListView<Path> recent = new ListView<>(model.recent());
        recent.setId("recent-projects");
        recent.setPlaceholder(new Label("No recent projects"));
        recent.setPrefSize(420, 240);
        recent.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Path item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label name = new Label(item.getFileName().toString().replaceFirst("\\.verbatim$", ""));
                    name.setStyle("-fx-font-weight: bold;");
                    Label where = new Label(item.toAbsolutePath().getParent().toString());
                    where.getStyleClass().add("muted");
                    javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10,
                            Ui.icon("mdi2f-folder-text-outline"), new VBox(2, name, where));
                    row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                    row.setPadding(new javafx.geometry.Insets(5, 4, 5, 4));
                    setGraphic(row);
                }
            }
        });
        recent.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && recent.getSelectionModel().getSelectedItem() != null) {
                open(recent.getSelectionModel().getSelectedItem());
            }
        });
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && recent.getSelectionModel().getSelectedItem() != null) {
                open(recent.getSelectionModel().getSelectedItem());
            }
        });
        Label recentHint = new Label("Double-click or Enter opens a project");
        recentHint.getStyleClass().add("muted");
        VBox recentBox = new VBox(4, recentTitle, recent, recentHint);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(model.opening());
        Label message = new Label();
        message.setId("start-message");
        message.setWrapText(true);
        message.setMaxWidth(700);
        message.textProperty().bind(model.message());
        HBox statusLine = new HBox(8, busy, message);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        HBox columns = new HBox(32, actions, recentBox);
        javafx.scene.control.Hyperlink about = new javafx.scene.control.Hyperlink("About Verbatim");
        about.setId("start-about");
        about.setOnAction(e -> AboutDialog.show(stage));
        VBox card = new VBox(18, new VBox(4, title, subtitle), columns, statusLine, about);
        card.getStyleClass().add("start-card");
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane root = new StackPane(card);
        root.getStyleClass().add("start-screen");
        root.setPadding(new Insets(24));
        root.setId("start-screen");
        return root;
    }

    private void create() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New project: choose its folder and name");
        chooser.setInitialFileName("study" + org.verbatim.project.Project.EXTENSION);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.create(file.toPath());
        }
    }

    private void importRefi() {
        new RefiDialog(RefiViewModel.forImport(model.background(), model::open), model.background(), stage).show();
    }

    private void open() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Verbatim project (a NAME.verbatim folder)");
        File dir = chooser.showDialog(stage);
        if (dir != null) {
            open(dir.toPath());
        }
    }

    /** Opens a folder; a team project's asks for the password first. */
    private void open(Path folder) {
        ProjectMenu.open(stage, model, folder);
    }

    private void team(TeamDialog.Purpose purpose) {
        TeamDialog.ask(stage, purpose, null).ifPresent(a -> {
            if (purpose == TeamDialog.Purpose.NEW) {
                model.createTeam(a.folder(), a.url(), a.user(), a.password());
            } else {
                model.join(a.folder(), a.url(), a.user(), a.password());
            }
        });
    }
}
