package org.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.Project;
import org.verbatim.project.SegmentView;

/**
 * Drives the real window (headless on Monocle in CI): the start screen, the sample study, coding
 * a focus group by shortcut, by "Code with…" and in vivo, undo, and an import with a bad file.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceWindowTest {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";
    private static final String SHORTCUT_CODE = "CIS and the near abroad / Neo-imperialism";

    @TempDir
    static Path home;
    private static String previousHome;

    @BeforeAll
    static void useFreshHome() {
        previousHome = System.getProperty("verbatim.home");
        System.setProperty("verbatim.home", home.toString());
    }

    @AfterAll
    static void restoreHome() {
        if (previousHome != null) {
            System.setProperty("verbatim.home", previousHome);
        }
    }

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, new PreferencesStore(home.resolve("preferences-" + System.nanoTime() + ".json"), 50),
                new FxBackground());
        window.show();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WorkspaceView openSample(FxRobot robot) throws Exception {
        robot.clickOn("#open-sample");
        waitUntil(() -> window.workspace() != null && !window.workspace().codebook().codes().isEmpty()
                && !window.workspace().documents().documents().isEmpty());
        return window.workspace();
    }

    private void openFocusGroup(FxRobot robot, WorkspaceView w) throws Exception {
        long id = w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow();
        robot.interact(() -> w.documentsPane().select(id));
        waitUntil(() -> w.transcript().document().get() != null
                && w.transcript().document().get().document().name().equals(FOCUS_GROUP));
    }

    /** Selects (with the mouse's imprecision: from inside the first word to inside the last) a quote of the transcript. */
    private TextRange selectQuote(FxRobot robot, WorkspaceView w, String quote) {
        String text = w.transcript().document().get().text();
        int at = text.indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        robot.interact(() -> {
            w.transcriptPane().area().requestFocus();
            w.transcriptPane().area().selectRange(at + 1, at + quote.length() - 2);
            w.transcriptPane().area().requestFollowCaret();
        });
        return new TextRange(at, at + quote.length());
    }

    private long segmentsOf(WorkspaceView w, String code) {
        return w.codebook().codes().stream().filter(n -> n.path().equals(code)).mapToLong(CodeNode::segments)
                .findFirst().orElse(-1);
    }

    private long documentSegments(WorkspaceView w) {
        return w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::segments).findFirst().orElse(-1);
    }

    /** Whether the coding-stripes margin shows a stripe for this segment. */
    private static boolean stripeOf(FxRobot robot, SegmentView segment) {
        return robot.lookup(".stripe").queryAll().stream()
                .anyMatch(n -> n.getUserData() instanceof SegmentView s && s.id() == segment.id());
    }

    @Test
    void codingAFocusGroupByShortcutAndByMenuShowsHighlightStripeAndCountsAndUndoes(FxRobot robot) throws Exception {
        WorkspaceView w = openSample(robot);
        assertThat(window.start().recent()).isNotEmpty();
        openFocusGroup(robot, w);
        // The sample study comes coded; these words are not, so their highlight and stripe are the new segment's.
        String quote = "Maxim, it works for Lukashenko, because he gets cheap oil.";
        int segmentsBefore = w.transcript().segments().size();
        long codeCountBefore = segmentsOf(w, SHORTCUT_CODE);
        long documentCountBefore = documentSegments(w);
        TextRange range = selectQuote(robot, w, quote);
        assertThat(w.transcript().selectedText()).isEqualTo(quote.substring(0, quote.length() - 1));
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).doesNotContain("-rtfx-background-color");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore + 1
                && segmentsOf(w, SHORTCUT_CODE) == codeCountBefore + 1);

        SegmentView coded = w.transcript().segments().stream().filter(s -> s.start() == range.start()).findFirst()
                .orElseThrow();
        assertThat(coded.code()).isEqualTo(SHORTCUT_CODE);
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).contains("-rtfx-background-color");
        waitUntil(() -> stripeOf(robot, coded));
        assertThat(robot.lookup("#segments").queryAs(ListView.class).getItems()).hasSize(segmentsBefore + 1);
        waitUntil(() -> documentSegments(w) == documentCountBefore + 1);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore && segmentsOf(w, SHORTCUT_CODE) == codeCountBefore);
        assertThat(w.transcriptPane().area().getStyleAtPosition(range.start() + 5)).doesNotContain("-rtfx-background-color");
        waitUntil(() -> !stripeOf(robot, coded));

        // Code with… (Ctrl+K): type part of the code's name, Enter takes the first match.
        String other = "Daria, logistics company, we bring goods from China, so I spend half my life in Urumqi and Harbin.";
        TextRange otherRange = selectQuote(robot, w, other);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#code-chooser-text").tryQuery().isPresent());
        robot.clickOn("#code-chooser-text").write("Transnat");
        waitUntil(() -> robot.lookup("#code-chooser-list").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> w.transcript().segments().size() == segmentsBefore + 1);
        assertThat(w.transcript().segments()).filteredOn(s -> s.start() == otherRange.start()).singleElement()
                .extracting(SegmentView::code).isEqualTo("Sovereignty and globalisation / Transnational networks");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Code with Sovereignty and globalisation / Transnational networks");

        // In vivo: Edit → New code from selection (Ctrl+I).
        selectQuote(robot, w, "neo-imperial sense");
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> segmentsOf(w, "neo-imperial sense") == 1);
        assertThat(w.transcript().segments()).extracting(SegmentView::code).contains("neo-imperial sense");
    }

    @Test
    void importingAFolderWithABadFileImportsTheRestAndReportsTheBadOne(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("incoming"));
        Files.writeString(folder.resolve("NNV-extra.txt"), "Interviewer: Hello.\nSergei B.: We trade with the EU.\n");
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
        robot.interact(() -> window.start().create(home.resolve("fresh")));
        waitUntil(() -> window.workspace() != null);
        WorkspaceView w = window.workspace();

        ImportDialog[] dialog = new ImportDialog[1];
        robot.interact(() -> dialog[0] = w.openImport());
        robot.interact(() -> dialog[0].model().add(List.of(folder)));
        waitUntil(() -> dialog[0].model().previews().size() == 2);
        robot.clickOn("#import-start");
        waitUntil(() -> dialog[0].model().finished().get());

        ListView<?> refused = robot.lookup("#import-refused").queryAs(ListView.class);
        assertThat(refused.getItems()).hasSize(1);
        assertThat(refused.isVisible()).isTrue();
        assertThat(robot.lookup("#import-status").queryAs(Label.class).getText()).isEqualTo("1 imported, 1 refused");
        waitUntil(() -> w.documents().documents().size() == 1);
        assertThat(w.documents().documents().get(0).name()).isEqualTo("NNV-extra.txt");
        robot.clickOn("#import-close");
    }

    @Test
    void aProjectOpenElsewhereIsReportedOnTheStartScreen(FxRobot robot) throws Exception {
        Path busy = home.resolve("busy.verbatim");
        try (Project held = Project.create(busy)) {
            robot.interact(() -> window.start().open(busy));
            waitUntil(() -> robot.lookup("#start-message").queryAs(Label.class).getText().contains("another"));
            assertThat(robot.lookup("#start-message").queryAs(Label.class).getText())
                    .isEqualTo("Project busy.verbatim is open in another Verbatim window or process.");
            assertThat(window.workspace()).isNull();
            assertThat(held.documents()).isEmpty();
        }
    }
}
