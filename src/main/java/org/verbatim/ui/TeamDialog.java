package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks where a team project's server is and for the password: for a new team project, joining
 * one, sharing the open project, or opening a team folder. The password is handed on and never
 * stored.
 */
final class TeamDialog {
    /** What the user gave; {@code folder} is null when sharing or opening. */
    record Answer(Path folder, String url, String user, String password) { }

    /** What the dialog is for. */
    enum Purpose {
        NEW("New team project", "Create a team project in an empty PostgreSQL database", "Create"),
        JOIN("Join a team project", "Make a folder on this computer for a team project on a server", "Join"),
        SHARE("Share this project", "Copy this project into an empty PostgreSQL database; the project file is kept as a"
                + " backup", "Share"),
        PASSWORD("Open team project", "The password of the database user", "Open");

        final String title;
        final String header;
        final String action;

        Purpose(String title, String header, String action) {
            this.title = title;
            this.header = header;
            this.action = action;
        }
    }

    private TeamDialog() {
    }

    static Optional<Answer> ask(Window owner, Purpose purpose, String describedServer) {
        TextField folder = new TextField();
        folder.setId("team-folder");
        folder.setPromptText("/home/you/study.verbatim");
        TextField url = new TextField();
        url.setId("team-server");
        url.setPromptText("postgresql://HOST:5432/DATABASE");
        url.setPrefColumnCount(30);
        TextField user = new TextField(System.getProperty("user.name", ""));
        user.setId("team-user");
        PasswordField password = new PasswordField();
        password.setId("team-password");
        password.setPromptText("empty: from PGPASSWORD or ~/.pgpass");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        if (purpose == Purpose.NEW || purpose == Purpose.JOIN) {
            Button browse = new Button("Choose…");
            browse.setOnAction(e -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("The folder the project's folder goes in");
                File dir = chooser.showDialog(owner);
                if (dir != null) {
                    folder.setText(dir.toPath().resolve("study.verbatim").toString());
                }
            });
            HBox folderRow = new HBox(6, folder, browse);
            HBox.setHgrow(folder, Priority.ALWAYS);
            row = add(form, row, "Folder", folderRow);
        }
        if (purpose == Purpose.PASSWORD) {
            row = add(form, row, "Server", new Label(describedServer));
        } else {
            row = add(form, row, "Server", url);
            row = add(form, row, "Database user", user);
        }
        add(form, row, "Password", password);

        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(purpose.title);
        d.setHeaderText(purpose.header);
        d.getDialogPane().setContent(form);
        ButtonType go = new ButtonType(purpose.action, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        d.setResultConverter(b -> b != go ? null : new Answer(
                folder.getText().isBlank() ? null : Path.of(folder.getText().strip()), url.getText().strip(),
                user.getText().isBlank() ? null : user.getText().strip(),
                password.getText().isEmpty() ? null : password.getText()));
        return d.showAndWait();
    }

    private static int add(GridPane form, int row, String label, Node field) {
        form.add(new Label(label), 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }
}
