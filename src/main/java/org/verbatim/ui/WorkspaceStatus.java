package org.verbatim.ui;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The workspace's edges: the status bar at the foot (messages, background work with its progress
 * and Cancel, the queue behind it, project and coder) and the banner at the head while a team
 * project's server cannot be reached. Listeners on objects that outlive the workspace are handed
 * to {@code detach}, so a closed workspace lets go of them.
 */
final class WorkspaceStatus {
    private final Session session;
    private final PreferencesStore preferences;
    private final Consumer<Runnable> detach;

    WorkspaceStatus(Session session, PreferencesStore preferences, Consumer<Runnable> detach) {
        this.session = session;
        this.preferences = preferences;
        this.detach = detach;
    }

    private <T> void listen(ObservableValue<T> shared, ChangeListener<T> listener) {
        shared.addListener(listener);
        detach.accept(() -> shared.removeListener(listener));
    }

    /** The status line, with what runs in the background, a way to cancel it, and who is coding. */
    HBox bar(Label status) {
        status.setId("status");
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.setMinWidth(160);
        progress.progressProperty().bind(session.background().progress());
        progress.visibleProperty().bind(session.background().busy());
        Label activity = new Label();
        activity.getStyleClass().add("muted");
        activity.textProperty().bind(session.background().activity());
        activity.visibleProperty().bind(session.background().busy());
        Button cancel = Ui.button(null, "mdi2c-cancel", "Cancel the running work", session.background()::cancelCurrent);
        cancel.visibleProperty().bind(session.background().busy());
        // Project work runs one job at a time: say what waits behind a long import or export.
        Label queued = new Label();
        queued.setId("queued");
        queued.getStyleClass().add("muted");
        Background background = session.background();
        this.<Number>listen(background.waiting(), (o, a, n) -> queued.setText(n.intValue() == 0 || background.running().isEmpty()
                ? "" : Plural.of(n.intValue(), "action") + " waiting for " + background.running()));
        Label project = new Label(session.name() + " · coder " + session.coder());
        project.setId("project-and-coder");
        this.<Preferences>listen(preferences.property(), (o, a, p) -> project.setText(session.name() + " · coder " + session.coder()));
        project.getStyleClass().add("muted");
        HBox bar = new HBox(10, status, activity, progress, cancel, queued, project);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Shown while a team project's server cannot be reached. */
    Label offlineBanner() {
        Label banner = new Label("The server cannot be reached: the project is read-only until it is back."
                + " Nothing you saw done is lost.");
        banner.setId("offline-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #b3261e; -fx-text-fill: white; -fx-padding: 6 12 6 12;");
        banner.visibleProperty().bind(session.reachable().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
