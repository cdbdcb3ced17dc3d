package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;

/**
 * The start screen: recent projects, a new project, an existing one, or the sample study
 * (built on first use). Opening runs in the background; the opened project is handed to
 * {@code onOpened} and becomes the most recent.
 */
public final class StartViewModel {
    private final Background background;
    private final PreferencesStore preferences;
    private final Consumer<Project> onOpened;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);

    public StartViewModel(Background background, PreferencesStore preferences, Consumer<Project> onOpened) {
        this.background = background;
        this.preferences = preferences;
        this.onOpened = onOpened;
        refreshRecent();
    }

    private void refreshRecent() {
        recent.setAll(preferences.get().recentProjects().stream().map(Path::of)
                .filter(p -> Files.isRegularFile(p.resolve("project.mv.db"))).toList());
    }

    /** The background the start screen's work runs on (an import of a REFI-QDA project, too). */
    Background background() {
        return background;
    }

    /** Recent projects that still exist, newest first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    public void open(Path folder) {
        run("Opening " + folder.getFileName(), () -> Project.open(folder));
    }

    /** Creates a project; a name without {@code .verbatim} gets it. */
    public void create(Path folder) {
        String name = folder.getFileName().toString();
        Path target = name.endsWith(Project.EXTENSION) ? folder : folder.resolveSibling(name + Project.EXTENSION);
        run("Creating " + target.getFileName(), () -> Project.create(target));
    }

    /** Opens the sample study, building it in the user's Verbatim folder the first time. */
    public void openSample() {
        Path folder = SampleStudy.defaultLocation();
        background.job("Opening the sample study", progress -> {
            if (!Files.exists(folder.resolve("project.mv.db"))) {
                SampleStudy.build(folder, progress);
            }
            return Project.open(folder);
        }).onSuccess(this::opened).onFailure(this::failed).start();
        opening.set(true);
    }

    private void run(String title, java.util.function.Supplier<Project> work) {
        opening.set(true);
        message.set(title + "…");
        background.job(title, progress -> work.get()).onSuccess(this::opened).onFailure(this::failed).start();
    }

    private void opened(Project project) {
        opening.set(false);
        message.set("");
        preferences.update(p -> p.opened(project.folder().toAbsolutePath().toString()));
        refreshRecent();
        onOpened.accept(project);
    }

    private void failed(String why) {
        opening.set(false);
        message.set(why);
    }

    /** Why the last attempt to open failed, or what is being opened. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty opening() {
        return opening.getReadOnlyProperty();
    }
}
