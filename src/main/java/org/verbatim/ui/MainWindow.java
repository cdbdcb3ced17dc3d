package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.verbatim.project.Project;
import org.verbatim.project.TeamProjects;

/**
 * The application's one window: the start screen until a project is open, then the coding
 * workspace. It remembers its size in the preferences and reopens the last project.
 */
final class MainWindow {
    private final Stage stage;
    private final PreferencesStore preferences;
    private final Background background;
    private final Scene scene;
    private final StartViewModel start;
    private final java.util.function.Consumer<Path> folderOpener;
    private WorkspaceView workspace;

    MainWindow(Stage stage, PreferencesStore preferences, Background background) {
        this(stage, preferences, background, null);
    }

    /** As the other constructor, with a way to show a folder in the file manager (after an export). */
    MainWindow(Stage stage, PreferencesStore preferences, Background background,
               java.util.function.Consumer<Path> folderOpener) {
        this.folderOpener = folderOpener;
        this.stage = stage;
        this.preferences = preferences;
        this.background = background;
        this.start = new StartViewModel(background, preferences, this::showWorkspace);
        BackupOfferDialog.watch(start, stage);
        Preferences p = preferences.get();
        this.scene = new Scene(new StartView(start, stage).root());
        Ui.applyTheme(scene, p.theme());
        stage.setScene(scene);
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        OnScreen.install();
        WindowFit fit = WindowFit.of(p.width(), p.height(), area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        stage.setWidth(fit.width());
        stage.setHeight(fit.height());
        if (fit.placed()) {
            stage.setX(fit.x());
            stage.setY(fit.y());
        }
        stage.setTitle("Verbatim");
        stage.setMaximized(p.maximized());
        stage.widthProperty().addListener((o, a, b) -> rememberSize());
        stage.heightProperty().addListener((o, a, b) -> rememberSize());
        stage.maximizedProperty().addListener((o, a, b) -> rememberSize());
        stage.setOnCloseRequest(e -> closeProject());
    }

    private void rememberSize() {
        if (!stage.isMaximized()) {
            preferences.update(p -> p.withWindow(stage.getWidth(), stage.getHeight(), false));
        } else {
            preferences.update(p -> p.withWindow(p.width(), p.height(), true));
        }
    }

    /** Shows the window: the last project when it still exists, else the start screen. */
    void show() {
        stage.show();
        StartupMarks.afterNextPulse(scene, "window");
        java.util.concurrent.CompletableFuture<Project> ahead = StartupPreload.takeLastProject();
        if (ahead != null) {
            start.openWhenReady(ahead);
            return;
        }
        String last = preferences.get().lastProject();
        // A team project is not reopened by itself: opening it may need its password; an encrypted one needs it.
        if (last != null && Files.isRegularFile(Path.of(last).resolve("project.mv.db"))
                && !start.isEncrypted(Path.of(last))) {
            start.open(Path.of(last));
        }
    }

    StartViewModel start() {
        return start;
    }

    /** The open workspace, or null on the start screen. */
    WorkspaceView workspace() {
        return workspace;
    }

    private void showWorkspace(Project project) {
        closeProject();
        Session session = new Session(project, background, coderOf(project));
        workspace = new WorkspaceView(session, stage, preferences, this::showStart);
        workspace.openFoldersWith(folderOpener);
        workspace.openProjectsWith(start::open);
        ProjectMenu.addTo(workspace.root(), stage, start, project.folder());
        follow(project, session);
        setRoot(workspace.root());
        stage.setTitle("Verbatim — " + project.name());
        workspace.load();
        reopenLastDocument(workspace, project);
    }

    /** Restores where the user was in this project (its document, the comparison choices), and marks startup. */
    private void reopenLastDocument(WorkspaceView opened, Project project) {
        ProjectPlaces.follow(preferences, project.folder().toAbsolutePath().toString(), opened);
        opened.transcript().document().addListener((o, before, shown) -> {
            if (shown != null && before == null) {
                StartupMarks.afterNextPulse(scene, "document");
            }
        });
    }

    /**
     * Who codes: the name in the preferences; on a team project the folder's coder or the
     * database user, as on the command line, unless the preferences name someone other than the
     * OS user (their default).
     */
    private Supplier<String> coderOf(Project project) {
        if (!TeamProjects.isTeamProject(project.folder())) {
            return () -> preferences.get().coder();
        }
        String team = project.defaultCoder();
        String osUser = Preferences.defaults().coder();
        return () -> osUser.equals(preferences.get().coder()) ? team : preferences.get().coder();
    }

    /** A team project follows others' changes; File › Share with a team… closes the project and shares it. */
    private void follow(Project project, Session session) {
        if (TeamProjects.isTeamProject(project.folder())) {
            session.followOthers();
        }
        Path folder = project.folder();
        workspace.shareWith(a -> {
            showStart();
            start.share(folder, a.url(), a.user(), a.password());
        });
        workspace.changeEncryptionWith(change -> {
            showStart();
            change.accept(start);
        });
    }

    private void showStart() {
        closeProject();
        preferences.update(Preferences::closed);
        setRoot(new StartView(start, stage).root());
        stage.setTitle("Verbatim");
    }

    private void setRoot(Parent root) {
        scene.setRoot(root);
    }

    /** Closes the open project, if any: its running work is cancelled, the work still queued skipped. */
    void closeProject() {
        if (workspace != null) {
            workspace.dispose();
            workspace.session().close();
            workspace = null;
        }
    }
}
