package org.verbatim.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ New project…, Open project… and Open recent ▸ while a project is open: the chosen
 * project opens in place of this one, which is closed cleanly once the other is open; if it
 * cannot be opened, this one stays and a message says why.
 */
final class ProjectMenu {
    private final Window owner;
    private final StartViewModel start;
    private final Path current;

    private ProjectMenu(Window owner, StartViewModel start, Path current) {
        this.owner = owner;
        this.start = start;
        this.current = current.toAbsolutePath().normalize();
    }

    /** Puts the items at the top of the File menu of the workspace {@code root} showing project {@code current}. */
    static void addTo(Parent root, Window owner, StartViewModel start, Path current) {
        MenuBar bar = (MenuBar) root.lookup(".menu-bar");
        new ProjectMenu(owner, start, current).addTo(bar.getMenus().get(0));
    }

    private void addTo(Menu file) {
        MenuItem create = Ui.item("New project…", "mdi2f-folder-plus", this::create);
        create.setId("menu-new-project");
        create.setAccelerator(KeyCombination.valueOf("Shortcut+N"));
        MenuItem open = Ui.item("Open project…", "mdi2f-folder-open", this::chooseAndOpen);
        open.setId("menu-open-project");
        open.setAccelerator(KeyCombination.valueOf("Shortcut+O"));
        Menu recent = new Menu("Open recent", Ui.icon("mdi2h-history"));
        recent.setId("menu-open-recent");
        List<Path> others = start.recent().stream().filter(p -> !p.toAbsolutePath().normalize().equals(current))
                .toList();
        for (Path p : others) {
            MenuItem item = new MenuItem(p.getFileName().toString().replaceFirst("\\.verbatim$", "") + "  —  "
                    + p.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(p));
            recent.getItems().add(item);
        }
        recent.setDisable(others.isEmpty());
        file.getItems().addAll(0, List.of(create, open, recent, new SeparatorMenuItem()));
    }

    private void create() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("New project: choose its folder and name");
        chooser.setInitialFileName("study" + org.verbatim.project.Project.EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            reportFailure();
            start.create(file.toPath());
        }
    }

    private void chooseAndOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a Verbatim project (a NAME.verbatim folder)");
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            open(dir.toPath());
        }
    }

    /** Opens another project; the open one is already open. */
    void open(Path folder) {
        if (folder.toAbsolutePath().normalize().equals(current)) {
            return;
        }
        reportFailure();
        open(owner, start, folder);
    }

    /** Opens a folder; an encrypted or a team project's asks for the password first. */
    static void open(Window owner, StartViewModel start, Path folder) {
        if (start.isEncrypted(folder)) {
            askPassword(owner, start, folder, null);
            return;
        }
        if (!start.isTeamProject(folder)) {
            start.open(folder);
            return;
        }
        TeamDialog.ask(owner, TeamDialog.Purpose.PASSWORD, start.server(folder))
                .ifPresent(a -> start.open(folder, a.password()));
    }

    /** Asks for an encrypted project's password and opens it; after a wrong one, asks again saying so. */
    private static void askPassword(Window owner, StartViewModel start, Path folder, String error) {
        PasswordDialog.ask(owner, PasswordDialog.Purpose.OPEN, folder.getFileName().toString(), error)
                .ifPresent(a -> start.openEncrypted(folder, a.current(),
                        () -> askPassword(owner, start, folder, "Wrong password. Try again, or cancel.")));
    }

    /** The start screen, which says why a project cannot be opened, is not shown: this time a message does. */
    private void reportFailure() {
        ChangeListener<Boolean> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    return;
                }
                start.opening().removeListener(this);
                // Read once the start screen's model has said why (it does so just after it stops opening).
                javafx.application.Platform.runLater(() -> {
                    String why = start.message().get();
                    if (why != null && !why.isBlank() && owner.isShowing()) {
                        Alert alert = new Alert(Alert.AlertType.ERROR, why);
                        alert.initOwner(owner);
                        alert.setHeaderText("The project was not opened; this one stays open");
                        alert.show();
                    }
                });
            }
        };
        start.opening().addListener(once);
    }
}
