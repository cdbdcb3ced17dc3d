package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. With a project folder as its parameter it opens that project;
 * without, it reopens the last project, or shows the start screen.
 */
public final class VerbatimApp extends Application {
    private PreferencesStore preferences;
    private FxBackground background;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        preferences = StartupPreload.preferences();
        background = new FxBackground();
        window = new MainWindow(stage, preferences, background,
                folder -> getHostServices().showDocument(folder.toUri().toString()));
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            window.show();
        } else if (args.get(0).endsWith(".qdpx")) {
            stage.show();
            window.start().cannotOpenExchangeFile(Path.of(args.get(0)));
        } else {
            stage.show();
            window.start().open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        window.closeProject();
        background.finish(() -> { });
        preferences.flush();
    }

    /** Starts the application; returns when its last window closes. */
    public static void launch(String... args) {
        Application.launch(VerbatimApp.class, args);
    }
}
