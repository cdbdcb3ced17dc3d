package org.verbatim.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.verbatim.project.Project;

/**
 * The real transcript pane on an open project, in a stage of its own, for measurements from
 * outside the package: open a document and wait until it is shown, highlighted and laid out.
 */
public final class TranscriptViewHarness {
    private final TranscriptViewModel transcript;
    private final TranscriptPane pane;
    private final CodebookViewModel codebook;

    /** Builds the pane over {@code project} in {@code stage}; call on the FX thread. */
    public TranscriptViewHarness(Project project, Stage stage, double width, double height) {
        Session session = new Session(project, new FxBackground(), () -> "bench");
        transcript = new TranscriptViewModel(session);
        codebook = new CodebookViewModel(session);
        CodingViewModel coding = new CodingViewModel(session, transcript);
        pane = new TranscriptPane(transcript, codebook, coding, new CodeDrops(codebook, coding), s -> { },
                () -> { }, () -> { });
        Scene scene = new Scene(pane.root(), width, height);
        Ui.applyTheme(scene, Preferences.LIGHT);
        stage.setScene(scene);
        stage.show();
    }

    /** Reads the codebook (its colours); returns when done. */
    public void loadCodebook() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            codebook.reload();
            codebook.codes().addListener((javafx.collections.ListChangeListener<Object>) c -> done.complete(null));
        });
        done.get(60, TimeUnit.SECONDS);
    }

    /**
     * Opens a document and returns the nanoseconds from the request until its text is shown with
     * every highlight, stripe margin and bold label, laid out and drawn once.
     */
    public long openAndDraw(long documentId) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            transcript.open(documentId, () -> {
                Parent root = pane.root();
                root.applyCss();
                root.layout();
                root.getScene().snapshot(null);
                done.complete(System.nanoTime() - start);
            });
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    public InlineCssTextArea area() {
        return pane.area();
    }

    public Parent root() {
        return pane.root();
    }
}
