package org.verbatim.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.ParticipantView;
import org.verbatim.project.Progress;
import org.verbatim.project.Project;
import org.verbatim.project.SampleStudy;
import org.verbatim.project.SegmentView;

/**
 * Opens the real window in the state a screenshot of the user guide shows, through the same
 * objects the window tests drive, and prints {@code READY} when it is there (then capture the
 * screen). Run under a display with the test class path and {@code -Dverbatim.home=DIR}:
 * {@code java -cp ... org.verbatim.ui.ScreenshotScenes start|focus-group|dark|codebook|import|export|crosstab|charts|
 * search|compare|agreement|refi-import|refi-merge|correct-edit|correct-summary|memos|memo-mark|memo-edit|
 * participants|document-menu|find|in-vivo|guide|shortcuts|read-only|read-only-dark WIDTH HEIGHT} ({@code read-only} mounts
 * the sample study read-only, so it runs as root).
 */
final class ScreenshotScenes {
    private static final String FOCUS_GROUP = "TOM-focus-group.txt";

    private ScreenshotScenes() {
    }

    public static void main(String[] args) throws Exception {
        String scene = args[0];
        double width = Double.parseDouble(args[1]);
        double height = Double.parseDouble(args[2]);
        Path sample = SampleStudy.defaultLocation();
        if (!Files.exists(sample.resolve("project.mv.db"))) {
            SampleStudy.build(sample, Progress.NONE);
        }
        Path pilot = sample.resolveSibling("Petrozavodsk pilot.verbatim");
        if (!Files.exists(pilot)) {
            Project.create(pilot).close();
        }
        Path opened = scene.startsWith("read-only") ? readOnlyView(sample) : sample;
        PreferencesStore preferences = PreferencesStore.forUser();
        preferences.update(p -> p.opened(pilot.toString()).opened(opened.toAbsolutePath().toString())
                .withWindow(width, height, false).withTheme(scene.endsWith("dark") ? Preferences.DARK : Preferences.LIGHT)
                .withCoder("elena"));
        if (scene.equals("codebook")) {
            // A taller codebook beside the transcript.
            preferences.update(p -> p.withDividers(List.of(0.25, 0.73, 0.30)));
        }
        if (scene.equals("document-menu")) {
            // A wider document list, so the menu stands beside the names.
            preferences.update(p -> p.withDividers(List.of(0.30, 0.71, 0.6)));
        }
        if (scene.equals("participants")) {
            // More of the side pane for the participants table.
            preferences.update(p -> p.withDividers(List.of(0.30, 0.71, 0.72)));
        }
        if (scene.equals("compare")) {
            // Three columns of passages want most of the width.
            preferences.update(p -> p.withDividers(List.of(0.14, 0.88, 0.5)));
        }
        if (scene.equals("charts-in-vivo")) {
            inVivoCode(sample);
        }
        if (scene.startsWith("memo")) {
            memos(sample);
            // The default layout: the memo list in the side pane beside the transcript.
            preferences.update(p -> p.withDividers(List.of(0.22, 0.71, 0.5)));
        }
        if (scene.startsWith("crosstab") || scene.startsWith("charts")) {
            // The default layout: the comparison views take the side pane's width themselves.
            preferences.update(p -> p.withDividers(List.of(0.22, 0.71, 0.5)));
        }
        if (scene.equals("search")) {
            // A wider right-hand side for the hits and their chart.
            preferences.update(p -> p.withDividers(List.of(0.2, 0.56, 0.5)));
        }
        if (scene.equals("start") || scene.equals("import")) {
            preferences.update(Preferences::closed);
        }
        preferences.flush();

        // Written before the window opens the sample (a project is open in one place at a time).
        Path colleague = scene.startsWith("refi") ? exported(sample) : null;
        Platform.startup(() -> { });
        MainWindow window = FxThread.call(() -> {
            Stage stage = new Stage();
            stage.setX(0);
            stage.setY(0);
            MainWindow w = new MainWindow(stage, preferences, new FxBackground(),
                    folder -> System.out.println("OPEN FOLDER " + folder));
            w.show();
            return w;
        });
        switch (scene) {
            case "start" -> { }
            case "focus-group", "dark", "read-only", "read-only-dark" -> focusGroup(window);
            case "codebook" -> codebook(window);
            case "import" -> importing(window, pilot);
            case "export" -> export(window, sample.resolveSibling("Tomsk - NATO and Western funding.csv"));
            case "crosstab" -> crossTab(window);
            case "charts" -> charts(window);
            case "charts-in-vivo" -> chartsWithInVivoCode(window);
            case "search" -> search(window);
            case "compare" -> compare(window);
            case "agreement" -> agreement(window);
            case "refi-import" -> refiImport(window, colleague);
            case "refi-merge" -> refiMerge(window, colleague);
            case "correct-edit" -> correcting(window, false);
            case "correct-summary" -> correcting(window, true);
            case "memos" -> memoList(window, "list");
            case "memo-edit" -> memoList(window, "edit");
            case "memo-mark" -> memoList(window, "mark");
            case "participants" -> participants(window);
            case "document-menu" -> documentMenu(window);
            case "find" -> findInTranscript(window);
            case "in-vivo" -> inVivoName(window);
            case "guide" -> guide(window);
            case "shortcuts" -> shortcuts(window);
            default -> throw new IllegalArgumentException("No scene " + scene);
        }
        Thread.sleep(1500);
        System.out.println("READY");
    }

    /**
     * The sample study as seen on a read-only disk: a read-only bind mount of it (root only),
     * undone when the process ends.
     */
    private static Path readOnlyView(Path sample) throws Exception {
        Path view = Files.createDirectories(sample.resolveSibling("Sample study (archive copy).verbatim"));
        String why = org.verbatim.testing.Mounts.readOnlyView(sample, view);
        if (why != null) {
            throw new IllegalStateException("The read-only scene needs a read-only bind mount: " + why);
        }
        // Lazily: while the process ends, its files in the view are still open.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                new ProcessBuilder("umount", "-l", view.toString()).inheritIO().start().waitFor();
            } catch (java.io.IOException | InterruptedException e) {
                System.err.println("Cannot unmount " + view + ": " + e.getMessage());
            }
        }));
        return view;
    }

    private static WorkspaceView openFocusGroup(MainWindow window) throws Exception {
        waitFor(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty()
                && !window.workspace().codebook().codes().isEmpty());
        WorkspaceView w = window.workspace();
        long id = FxThread.call(() -> w.documents().documents().stream().filter(d -> d.name().equals(FOCUS_GROUP))
                .mapToLong(DocumentSummary::id).findFirst().orElseThrow());
        FxThread.call(() -> {
            w.documents().groupBy().set("city");
            return null;
        });
        Thread.sleep(500);
        FxThread.call(() -> {
            w.documentsPane().select(id);
            return null;
        });
        waitFor(() -> w.transcript().document().get() != null);
        return w;
    }

    /** The Tomsk focus group where both coders' segments overlap, one of them chosen in the list. */
    private static void focusGroup(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        waitFor(() -> !w.transcript().segments().isEmpty());
        FxThread.call(() -> {
            SegmentView georgia = w.transcript().segments().stream()
                    .filter(s -> s.coder().equals("pavel") && s.text().startsWith("In the Concept")).findFirst()
                    .orElseThrow();
            w.transcript().reveal(georgia);
            return null;
        });
    }

    /** The codebook with a code's menu open, as when renaming, recolouring or merging it. */
    private static void codebook(MainWindow window) throws Exception {
        focusGroup(window);
        WorkspaceView w = window.workspace();
        Thread.sleep(800);
        FxThread.call(() -> {
            var tree = w.codebookPane().tree();
            TreeItem<CodeNode> item = find(tree.getRoot(), "Threats / China");
            item.setExpanded(true);
            tree.getSelectionModel().select(item);
            tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            return null;
        });
        Thread.sleep(600);
        FxThread.call(() -> {
            TreeCell<?> cell = (TreeCell<?>) w.codebookPane().tree().lookupAll(".tree-cell").stream()
                    .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof CodeNode node
                            && node.path().equals("Threats / China"))
                    .findFirst().orElseThrow();
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            cell.getContextMenu().show(cell, b.getMaxX() + 2, b.getMinY());
            return null;
        });
    }

    /** The Participants tab with Add…, Rename… and Remove…, a Tomsk respondent chosen. */
    private static void participants(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        waitFor(() -> w.participants().participants().size() > 40);
        FxThread.call(() -> {
            TabPane sources = (TabPane) w.documentsPane().root().getParent().getParent();
            sources.getSelectionModel().select(1);
            return null;
        });
        Thread.sleep(600);
        FxThread.call(() -> {
            @SuppressWarnings("unchecked")
            TableView<ParticipantView> table = (TableView<ParticipantView>) w.participantsPane().root()
                    .lookup("#participants");
            ParticipantView p = table.getItems().stream().filter(v -> v.key().equals("TOM-R03")).findFirst()
                    .orElseThrow();
            table.getSelectionModel().select(p);
            table.scrollTo(Math.max(0, table.getItems().indexOf(p) - 2));
            return null;
        });
    }

    /** The document list's context menu on the Tomsk focus group: rename, remove, attributes, speakers. */
    private static void documentMenu(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        Thread.sleep(800);
        FxThread.call(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TreeView<Object> tree = (javafx.scene.control.TreeView<Object>) w.documentsPane()
                    .root().lookup("#documents");
            tree.scrollTo(Math.max(0, tree.getSelectionModel().getSelectedIndex() - 2));
            return null;
        });
        Thread.sleep(600);
        FxThread.call(() -> {
            TreeCell<?> cell = (TreeCell<?>) w.documentsPane().root().lookupAll(".tree-cell").stream()
                    .filter(n -> n instanceof TreeCell<?> c && c.getItem() instanceof DocumentSummary d
                            && d.name().equals(FOCUS_GROUP))
                    .findFirst().orElseThrow();
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            ((javafx.scene.control.Control) cell.getTreeView()).getContextMenu().show(cell, b.getMinX() + 60,
                    b.getMaxY() - 4);
            return null;
        });
    }

    /** Threats by city counting participants, with the test on and the segments of China in Tomsk listed. */
    private static void crossTab(MainWindow window) throws Exception {
        WorkspaceView w = openWorkspace(window);
        FxThread.call(() -> {
            w.centre().getSelectionModel().select(1);
            w.crossTab().choices().root().set("Threats / China");
            w.crossTab().test().set(true);
            return null;
        });
        waitFor(() -> w.crossTab().shown().get() != null && w.crossTab().shown().get().table().test() != null);
        FxThread.call(() -> {
            w.crossTab().choose("Threats / China / Threat of migration", "Nizhny Novgorod");
            return null;
        });
        waitFor(() -> !w.crossTab().segments().isEmpty());
    }

    /** The sub-codes of China by city, as bars of the share of each city's participants. */
    private static void charts(MainWindow window) throws Exception {
        WorkspaceView w = openWorkspace(window);
        FxThread.call(() -> {
            w.centre().getSelectionModel().select(2);
            w.charts().choices().root().set("Threats / China");
            w.charts().percent().set(true);
            return null;
        });
        waitFor(() -> w.charts().figures().get() != null
                && w.charts().figures().get().byAttribute().rows().get(0).code().startsWith("Threats / China / "));
    }

    /** China as a threat of migration, the three cities' respondents side by side, one passage marked as a quote. */
    private static void compare(MainWindow window) throws Exception {
        WorkspaceView w = openWorkspace(window);
        FxThread.call(() -> {
            w.centre().getSelectionModel().select(3);
            w.compare().choices().where().set("role=respondent");
            w.compare().choices().root().set("Threats / China / Threat of migration");
            return null;
        });
        waitFor(() -> w.compare().shown().get() != null && !w.compare().shown().get().groups().isEmpty());
        var first = FxThread.call(() -> w.compare().shown().get().codes().get(0).groups().get(0).passages().get(0));
        if (!first.quote()) {
            FxThread.call(() -> {
                w.compare().toggleQuote(first);
                return null;
            });
        }
        waitFor(() -> w.compare().shown().get().codes().get(0).groups().get(0).passages().stream()
                .anyMatch(p -> p.segmentId() == first.segmentId() && p.quote()));
    }

    /**
     * elena and pavel, the sample study's two coders, side by side on the Threats codes: the
     * table per code, and the passages of one code where they differ.
     */
    private static void agreement(MainWindow window) throws Exception {
        WorkspaceView w = openWorkspace(window);
        AgreementViewModel model = w.agreement().model();
        FxThread.call(() -> {
            w.centre().getSelectionModel().select(w.agreement().tab());
            return null;
        });
        waitFor(() -> model.shown().get() != null);
        FxThread.call(() -> {
            model.code().set("Threats");
            return null;
        });
        waitFor(() -> model.shown().get() != null && model.shown().get().overall().codes().stream()
                .allMatch(r -> r.code().startsWith("Threats")));
        AgreementViewModel.Row row = FxThread.call(() -> model.rows().stream()
                .filter(r -> r.figures().firstOnly() != null && r.figures().firstOnly() + r.figures().secondOnly() > 0)
                .findFirst().orElseThrow());
        FxThread.call(() -> {
            model.selected().set(row);
            return null;
        });
        waitFor(() -> !model.differences().isEmpty());
    }

    /** An in-vivo code with a long name, coded once, as coding a focus group's words in vivo makes. */
    private static void inVivoCode(Path sample) {
        String name = "we are not against China but we do not want to become its raw-material appendix";
        try (Project p = Project.open(sample)) {
            if (p.codes().stream().noneMatch(n -> n.path().equals(name))) {
                String text = p.document(FOCUS_GROUP).text();
                int at = text.indexOf("Maxim, it works for Lukashenko");
                p.code(new org.verbatim.project.CodingRequest(FOCUS_GROUP, name, at, at + 30, null, null, "elena",
                        null));
            }
        }
    }

    /** Memos a researcher would have written: on the project, a document, a code, a participant and passages. */
    private static void memos(Path sample) {
        try (Project p = Project.open(sample)) {
            if (!p.memos().isEmpty()) {
                return;
            }
            p.addMemo(org.verbatim.model.Memo.MemoTarget.PROJECT, null, "Research question",
                    "Do young IR professionals in the regions see China as a partner or a threat?\n"
                    + "Compare Tomsk (border region, Chinese students) with Nizhny Novgorod and Petrozavodsk.");
            p.addMemo(org.verbatim.model.Memo.MemoTarget.DOCUMENT, FOCUS_GROUP, "Setting",
                    "Recorded at the university; two participants arrived late.\nThe moderator steered towards Georgia.");
            p.addMemo(org.verbatim.model.Memo.MemoTarget.CODE, "Threats/China", "Scope",
                    "Use for China as a threat to Russia, not for China as a partner (see Partners).");
            String participant = p.participants().stream().filter(v -> v.documents() > 0).findFirst().orElseThrow().key();
            p.addMemo(org.verbatim.model.Memo.MemoTarget.PARTICIPANT, participant, "Background",
                    "Studied in Harbin for a year; speaks Chinese.");
            List<SegmentView> focus = p.segments(new org.verbatim.project.SegmentFilter(null, java.util.Map.of(), null,
                    List.of(FOCUS_GROUP)));
            SegmentView georgia = focus.stream().filter(s -> s.text().startsWith("In the Concept")).findFirst()
                    .orElse(focus.get(0));
            p.setSegmentMemo(georgia.id(), "The Concept is quoted from memory; compare with the 2008 text.");
            p.setSegmentMemo(focus.get(focus.size() / 2).id(), "Irony? The group laughs here.");
            p.addMemo(org.verbatim.model.Memo.MemoTarget.SEGMENT, String.valueOf(focus.get(focus.size() / 3).id()),
                    "Check", "Second coder disagrees on this one: discuss.");
        }
    }

    /**
     * The Memos tab beside the focus group with a memo's passage shown: the list from its top
     * ({@code list}), the memo chosen in it and its mark's place printed ({@code mark}), or the memo open ({@code edit}).
     */
    private static void memoList(MainWindow window, String mode) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        waitFor(() -> !w.memos().model().all().isEmpty());
        FxThread.call(() -> {
            w.memos().tab().getTabPane().getSelectionModel().select(w.memos().tab());
            return null;
        });
        var memo = FxThread.call(() -> w.memos().model().all().stream()
                .filter(m -> m.target() == org.verbatim.model.Memo.MemoTarget.SEGMENT && m.text().startsWith("The Concept"))
                .findFirst().orElseThrow());
        FxThread.call(() -> {
            if (!mode.equals("list")) {
                w.memos().pane().list().getSelectionModel().select(memo);
                w.memos().pane().list().scrollTo(Math.max(0, w.memos().pane().list().getItems().indexOf(memo) - 3));
            }
            w.memos().showTarget(memo);
            return null;
        });
        if (mode.equals("edit")) {
            Thread.sleep(1200);
            Platform.runLater(() -> w.memos().edit(memo));
            return;
        }
        // Where the passage's mark is, for the mouse to hover it (the tooltip shows the memo).
        Thread.sleep(1200);
        String at = FxThread.call(() -> w.root().lookupAll(".memo-mark").stream()
                .filter(n -> n.getUserData() instanceof List<?> l && l.contains(memo)).findFirst()
                .map(n -> n.localToScreen(n.getBoundsInLocal()))
                .map(b -> Math.round(b.getCenterX()) + " " + Math.round(b.getCenterY())).orElse("none"));
        System.out.println("MARK " + at);
    }

    /** All codes by city, one of them an in-vivo code with a long name. */
    private static void chartsWithInVivoCode(MainWindow window) throws Exception {
        WorkspaceView w = openWorkspace(window);
        FxThread.call(() -> {
            w.centre().getSelectionModel().select(2);
            w.charts().choices().root().set(AnalysisRows.ALL_CODES);
            return null;
        });
        waitFor(() -> w.charts().figures().get() != null
                && w.charts().figures().get().byAttribute().rows().size() > 5);
    }

    private static WorkspaceView openWorkspace(MainWindow window) throws Exception {
        waitFor(() -> window.workspace() != null && !window.workspace().documents().documents().isEmpty()
                && !window.workspace().codebook().codes().isEmpty());
        return window.workspace();
    }

    /** A project search with its hits charted by city, one of them opened in its transcript. */
    private static void search(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        waitFor(() -> !w.search().attributes().isEmpty());
        FxThread.call(() -> {
            w.showSearch(false);
            w.search().query().set("china AND (threat OR migration)");
            w.search().search();
            return null;
        });
        waitFor(() -> w.search().hits().size() > 3);
        FxThread.call(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<org.verbatim.project.HitView> list =
                    (javafx.scene.control.ListView<org.verbatim.project.HitView>) w.root().lookup("#search-results");
            list.getSelectionModel().select(3);
            list.requestFocus();
            var hit = list.getSelectionModel().getSelectedItem();
            w.transcript().reveal(hit.documentId(), hit.start(), hit.end());
            return null;
        });
        // Once the opened transcript is laid out, bring the hit to the middle of it.
        Thread.sleep(1000);
        FxThread.call(() -> {
            var hit = w.search().hits().get(3);
            w.transcript().reveal(hit.documentId(), hit.start(), hit.end());
            return null;
        });
    }

    /** Ctrl+F in the focus group: its hits boxed in the text, stepped to the third with F3. */
    private static void findInTranscript(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        FxThread.call(() -> {
            w.showSearch(true);
            w.search().query().set("Kazakhstan");
            w.search().search();
            return null;
        });
        waitFor(() -> w.search().hits().size() > 3 && !w.transcript().marks().isEmpty());
        Thread.sleep(800);
        for (int i = 0; i < 3; i++) {
            FxThread.call(() -> {
                w.searchPane().steps().next();
                return null;
            });
            Thread.sleep(300);
        }
    }

    /** Edit ▸ New code from selection… asking for the name, offered as the selected words. */
    private static void inVivoName(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        Thread.sleep(800);
        FxThread.call(() -> {
            var area = w.transcriptPane().area();
            String words = "sometimes it is the same thing. (laughter)";
            int at = area.getText().indexOf(words);
            area.requestFocus();
            // As the mouse's release leaves it, snapped to the whole words and both brackets.
            area.selectRange(at, at + words.length());
            area.requestFollowCaret();
            return null;
        });
        Thread.sleep(500);
        Platform.runLater(() -> InVivoDialog.codeSelection(w.root().getScene().getWindow(), w.coding(), w.transcript()));
    }

    /** Help ▸ User guide over the workspace, at its section on searching. */
    private static void guide(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        GuideWindow guide = FxThread.call(() -> GuideWindow.show(w.root().getScene().getWindow()));
        Thread.sleep(5000);
        FxThread.call(() -> {
            guide.stage().setX(140);
            guide.stage().setY(40);
            @SuppressWarnings("unchecked")
            javafx.scene.control.ListView<javafx.scene.control.Label> sections =
                    (javafx.scene.control.ListView<javafx.scene.control.Label>) guide.stage().getScene()
                            .lookup("#guide-sections");
            sections.getItems().stream().filter(l -> l.getText().equals("Reading and coding")).findFirst()
                    .ifPresent(l -> sections.getSelectionModel().select(l));
            return null;
        });
        // Twenty screenshots to decode and lay out: on a busy machine that takes a few seconds.
        Thread.sleep(3000);
    }

    /** Help ▸ Keyboard shortcuts over the workspace. */
    private static void shortcuts(MainWindow window) throws Exception {
        WorkspaceView w = openFocusGroup(window);
        Thread.sleep(800);
        Platform.runLater(() -> {
            var bar = (javafx.scene.control.MenuBar) w.root().lookup(".menu-bar");
            bar.getMenus().get(bar.getMenus().size() - 1).getItems().stream()
                    .filter(i -> "menu-shortcuts".equals(i.getId())).findFirst().ifPresent(i -> i.fire());
        });
    }

    private static TreeItem<CodeNode> find(TreeItem<CodeNode> item, String path) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            if (child.getValue().path().equals(path)) {
                return child;
            }
            TreeItem<CodeNode> below = find(child, path);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /** An import of a folder of transcripts, one of them not a transcript, caught half-way. */
    private static void importing(MainWindow window, Path pilot) throws Exception {
        Path folder = pilot.resolveSibling("incoming");
        if (!Files.exists(folder)) {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.walk(Path.of("transcripts-sample", "petrozavodsk"))) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".txt")).toList()) {
                    String text = Files.readString(f);
                    for (int copy = 1; copy <= 12; copy++) {
                        // Each copy differs in its first line, so none is refused as already imported.
                        Files.writeString(folder.resolve(f.getFileName().toString().replace(".txt", "-" + copy + ".txt")),
                                "Session " + copy + ". " + text);
                    }
                }
            }
            Files.write(folder.resolve("scan-of-consent-form.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 5, 6, 0});
        }
        FxThread.call(() -> {
            window.start().open(pilot);
            return null;
        });
        waitFor(() -> window.workspace() != null);
        ImportDialog dialog = FxThread.call(() -> window.workspace().openImport());
        FxThread.call(() -> {
            dialog.model().attributes().set("city=Petrozavodsk, wave=2012");
            dialog.model().add(List.of(folder));
            return null;
        });
        waitFor(() -> !dialog.model().previews().isEmpty() && !dialog.model().running().get());
        Thread.sleep(700);
        System.out.println("PREVIEWED");
        FxThread.call(() -> {
            dialog.model().start();
            return null;
        });
        waitFor(() -> window.workspace().session().background().progress().get() > 0.3);
        System.out.println("IMPORTING");
        waitFor(() -> dialog.model().finished().get());
        System.out.println("FINISHED");
    }

    /** The export dialog after exporting two codes in Tomsk for Excel, with a few columns left out. */
    private static void export(MainWindow window, Path csv) throws Exception {
        openFocusGroup(window);
        WorkspaceView w = window.workspace();
        ExportViewModel model = w.export();
        FxThread.call(() -> {
            model.preset(new org.verbatim.project.SegmentFilter(null, java.util.Map.of("city", List.of("Tomsk")), null,
                    List.of()));
            model.allCodes().set(false);
            model.codes().addAll(List.of("Threats / NATO", "Sovereignty and globalisation / Western funding"));
            List.of("age", "education", "doc_date", "doc_interviewer").forEach(c -> model.checkColumn(c, false));
            model.file().set(csv.toAbsolutePath().toString());
            return w.openExport();
        });
        waitFor(() -> model.matches().get() > 0 && !model.choices().get().columns().isEmpty());
        Thread.sleep(500);
        FxThread.call(() -> {
            model.export();
            return null;
        });
        waitFor(() -> model.exported().get() != null);
    }

    /** The sample study as a colleague would send it: a .qdpx beside the project, written once. */
    private static Path exported(Path sample) {
        Path qdpx = sample.resolveSibling("Sample study (colleague).qdpx");
        if (!Files.exists(qdpx)) {
            try (Project p = Project.open(sample)) {
                p.refi().exportQdpx(qdpx, Progress.NONE);
            }
        }
        return qdpx;
    }

    /** File ▸ Import REFI-QDA project… after the import, its summary shown. */
    private static void refiImport(MainWindow window, Path qdpx) throws Exception {
        openFocusGroup(window);
        Path target = qdpx.resolveSibling("Imported study.verbatim");
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        RefiDialog dialog = FxThread.call(() -> window.workspace().openRefi(RefiViewModel.Mode.IMPORT));
        FxThread.call(() -> {
            dialog.model().file().set(qdpx.toString());
            dialog.model().folder().set(target.toString());
            dialog.model().run();
            return null;
        });
        waitFor(() -> dialog.model().done().get());
    }

    /** File ▸ Merge project…: the preview of a colleague's project filed under their name. */
    private static void refiMerge(MainWindow window, Path qdpx) throws Exception {
        openFocusGroup(window);
        RefiDialog dialog = FxThread.call(() -> window.workspace().openRefi(RefiViewModel.Mode.MERGE));
        FxThread.call(() -> {
            dialog.model().file().set(qdpx.toString());
            dialog.model().coder().set("boris");
            dialog.model().preview();
            return null;
        });
        waitFor(() -> dialog.model().previewed().get());
    }

    /**
     * The focus group in edit mode with a phrase of a coded passage corrected, the highlights on
     * their words; with {@code review}, a short coded passage deleted too and the summary shown.
     */
    private static void correcting(MainWindow window, boolean review) throws Exception {
        focusGroup(window);
        WorkspaceView w = window.workspace();
        Thread.sleep(800);
        FxThread.call(() -> {
            ((javafx.scene.control.Button) w.root().lookup("#edit-text")).fire();
            return null;
        });
        waitFor(() -> w.transcriptPane().area().isEditable());
        FxThread.call(() -> {
            var area = w.transcriptPane().area();
            String old = "In the Concept of foreign policy";
            int at = area.getText().indexOf(old);
            if (review) {
                SegmentView shortOne = w.transcript().segments().stream()
                        .filter(s -> s.start() > at && s.start() < at + 3000 && s.text().length() < 80)
                        .min(java.util.Comparator.comparingInt(s -> s.text().length())).orElseThrow();
                area.deleteText(shortOne.start(), shortOne.end());
            }
            area.replaceText(at, at + old.length(), "In the Foreign Policy Concept");
            area.moveTo(at + "In the Foreign Policy Concept".length());
            area.requestFollowCaret();
            return null;
        });
        Thread.sleep(1000);
        if (review) {
            Platform.runLater(() -> ((javafx.scene.control.Button) w.root().lookup("#review-correction")).fire());
            // The comparison runs in the background; the summary shows once it is done.
            Thread.sleep(1000);
            waitFor(() -> !w.session().background().busy().get());
            Thread.sleep(2000);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (!FxThread.call(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The window did not reach the state to show");
            }
            Thread.sleep(50);
        }
    }
}
