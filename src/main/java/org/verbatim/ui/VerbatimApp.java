package org.verbatim.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. With a project folder as its parameter it opens that project;
 * without, it opens the built-in sample study (building it on first use).
 */
public final class VerbatimApp extends Application {

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage);
        window.show();
        List<String> args = getParameters().getRaw();
        if (args.isEmpty()) {
            window.openSample();
        } else {
            window.openProject(Path.of(args.get(0)));
        }
    }

    /** Starts the application; returns when its last window closes. */
    public static void launch(String... args) {
        Application.launch(VerbatimApp.class, args);
    }
}
