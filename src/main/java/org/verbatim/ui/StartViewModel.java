package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.Project;
import org.verbatim.project.ProjectEncryption;
import org.verbatim.project.SampleStudy;
import org.verbatim.project.TeamProjects;

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
    private final BackupOffers offers = new BackupOffers();

    public StartViewModel(Background background, PreferencesStore preferences, Consumer<Project> onOpened) {
        this.background = background;
        this.preferences = preferences;
        this.onOpened = onOpened;
        refreshRecent();
    }

    private void refreshRecent() {
        recent.setAll(preferences.get().recentProjects().stream().map(Path::of)
                .filter(StartViewModel::isProject).toList());
    }

    /** A project folder: a project file's, or a team project's. */
    static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve("project.mv.db")) || TeamProjects.isTeamProject(folder);
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
        run("Opening " + folder.getFileName(), () -> offers.openSound(() -> Project.open(folder)));
    }

    /** Opens a team project's folder with the password the user gave (null: from PGPASSWORD or ~/.pgpass). */
    public void open(Path folder, String password) {
        run("Opening " + folder.getFileName(), () -> offers.openSound(() -> Project.open(folder, password)));
    }

    /** Whether {@code folder} is an encrypted project, whose password is asked before it is opened. */
    public boolean isEncrypted(Path folder) {
        return ProjectEncryption.isEncrypted(folder);
    }

    /** Opens an encrypted project; a wrong password runs {@code wrongPassword} (to ask again) instead of failing. */
    public void openEncrypted(Path folder, String password, Runnable wrongPassword) {
        opening.set(true);
        message.set("Opening " + folder.getFileName() + "…");
        background.job("Opening " + folder.getFileName(), progress -> {
            try {
                return Project.open(folder, password);
            } catch (org.verbatim.project.WrongPasswordException e) {
                return null;
            }
        }).onSuccess(project -> {
            if (project != null) {
                opened(project);
                return;
            }
            opening.set(false);
            message.set("");
            wrongPassword.run();
        }).onFailure(this::failed).start();
    }

    /** Encrypts a closed project with {@code password} in the background, then opens it. */
    public void encrypt(Path folder, String password) {
        runWithProgress("Encrypting " + folder.getFileName(), progress -> {
            ProjectEncryption.encrypt(folder, password, progress);
            return Project.open(folder, password);
        });
    }

    /** Decrypts a closed project in the background, then opens it. */
    public void decrypt(Path folder, String password) {
        runWithProgress("Decrypting " + folder.getFileName(), progress -> {
            ProjectEncryption.decrypt(folder, password, progress);
            return Project.open(folder);
        });
    }

    /** Changes a closed project's password in the background, then opens it with the new one. */
    public void changePassword(Path folder, String current, String next) {
        runWithProgress("Changing the password of " + folder.getFileName(), progress -> {
            ProjectEncryption.changePassword(folder, current, next, progress);
            return Project.open(folder, next);
        });
    }

    private void runWithProgress(String title, Background.Work<Project> work) {
        opening.set(true);
        message.set(title + "…");
        background.job(title, work).onSuccess(this::opened).onFailure(this::failed).start();
    }

    /** Whether opening {@code folder} connects to a server, where a password may be needed. */
    public boolean isTeamProject(Path folder) {
        return TeamProjects.isTeamProject(folder);
    }

    /** The server a team folder connects to, for the password dialog. */
    public String server(Path folder) {
        return TeamProjects.describe(folder);
    }

    /** Creates a team project in an empty database on a server; a name without {@code .verbatim} gets it. */
    public void createTeam(Path folder, String url, String user, String password) {
        if (folder == null) {
            failed("Give the folder for the new team project, e.g. /home/you/study.verbatim");
            return;
        }
        Path target = withExtension(folder);
        run("Creating " + target.getFileName() + " on the server", () -> TeamProjects.create(target, url, user, null, password));
    }

    /** Makes a folder for an existing team project. */
    public void join(Path folder, String url, String user, String password) {
        if (folder == null) {
            failed("Give the folder to make for the team project, e.g. /home/you/study.verbatim");
            return;
        }
        Path target = withExtension(folder);
        run("Joining the team project in " + target.getFileName(), () -> TeamProjects.join(target, url, user, null, password));
    }

    /** Copies the (closed) project in {@code folder} to an empty server database and opens it from there. */
    public void share(Path folder, String url, String user, String password) {
        run("Sharing " + folder.getFileName(), () -> TeamProjects.share(folder, url, user, password));
    }

    private static Path withExtension(Path folder) {
        String name = folder.getFileName().toString();
        return name.endsWith(Project.EXTENSION) ? folder : folder.resolveSibling(name + Project.EXTENSION);
    }

    /** Shows the last project once the launcher has opened it ahead; a null result means there was none to reopen. */
    void openWhenReady(java.util.concurrent.CompletableFuture<Project> ahead) {
        opening.set(true);
        background.job("Opening the last project", progress -> offers.openSound(() -> StartupPreload.await(ahead)))
                .onSuccess(project -> {
                    if (project == null) {
                        opening.set(false);
                    } else {
                        opened(project);
                    }
                }).onFailure(why -> {
                    failed(why);
                    offers.afterFailure();
                }).start();
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
        background.job(title, progress -> work.get()).onSuccess(this::opened).onFailure(why -> {
            failed(why);
            offers.afterFailure();
        }).start();
    }

    /** The newest backup of a project that could not be opened because it is damaged; null when there is none to offer. */
    public ReadOnlyObjectProperty<BackupOffers.Offer> backupOffer() {
        return offers.offer();
    }

    /** Restores the offered backup into a new folder beside the damaged project and opens it. */
    public void restore(BackupOffers.Offer offer) {
        offers.dismiss();
        run("Restoring the newest backup of " + offer.damaged().getFileName(), () -> offers.restore(offer));
    }

    /** The user declined the offered backup. */
    public void dismissBackupOffer() {
        offers.dismiss();
    }

    private void opened(Project project) {
        opening.set(false);
        message.set("");
        preferences.update(p -> p.opened(project.folder().toAbsolutePath().toString()));
        refreshRecent();
        onOpened.accept(project);
    }

    /**
     * A REFI-QDA project (.qdpx) handed over by the file manager: this version cannot read it,
     * and the start screen says so instead of failing to open it as a project folder.
     */
    public void cannotOpenExchangeFile(Path file) {
        message.set(file.getFileName() + " is a REFI-QDA project (.qdpx); this version of Verbatim cannot import it."
                + " Open or create a Verbatim project instead.");
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
