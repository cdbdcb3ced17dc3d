package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.verbatim.project.CodeNode;
import org.verbatim.project.DocumentSummary;
import org.verbatim.project.HitView;
import org.verbatim.project.SegmentView;

/**
 * The coding workspace: documents, participants and the codebook on the left, the transcript,
 * cross-tab and charts in the centre, the document's segments, search and retrieval on the
 * right, a status bar with progress and Cancel below. Menus give every action a keyboard path.
 */
final class WorkspaceView {
    private final Session session;
    private final Stage stage;
    private final PreferencesStore preferences;
    private final DocumentListViewModel documents;
    private final CodebookViewModel codebook;
    private final TranscriptViewModel transcript;
    private final CodingViewModel coding;
    private final ParticipantsViewModel participants;
    private final RetrievalViewModel retrieval;
    private final ExportViewModel export;
    private final SearchIndexViewModel searchIndex;
    private final SearchViewModel search;
    private final SearchPane searchPane;
    private final TabPane right;
    private final Tab searchTab;
    private final TranscriptPane transcriptPane;
    private final CorrectionViewModel correction;
    private final DocumentsPane documentsPane;
    private final ParticipantsPane participantsPane;
    private final CodebookPane codebookPane;
    private final SegmentList segmentList;
    private final CrossTabViewModel crossTab;
    private final ChartsViewModel charts;
    private final CrossTabPane crossTabPane;
    private final ChartsPane chartsPane;
    private final TabPane centre;
    private final Tab transcriptTab;
    private final Tab crossTabTab;
    private final Tab chartsTab;
    private final CompareViewModel compare;
    private final Tab compareTab;
    private final AgreementTab agreement;
    private final Label status = new Label();
    private java.util.function.Consumer<java.nio.file.Path> folderOpener;
    private java.util.function.Consumer<java.nio.file.Path> projectOpener = p -> { };
    private java.util.function.Consumer<java.util.function.Consumer<StartViewModel>> encryptionChanger = c -> { };
    private final BorderPane root;
    private final ViewMenu viewMenu;
    private java.util.function.Consumer<TeamDialog.Answer> sharer = answer -> { };
    private final SplitPane main;
    private final SplitPane left;
    private ComparisonRoom room;
    private final WorkspaceMemos memos;
    /** The text size a fresh preference file has (see {@link Preferences}). */
    /** Listeners on what outlives this workspace (the shared background, the preferences); removed by {@link #dispose()}. */
    private final List<Runnable> detach = new ArrayList<>();

    WorkspaceView(Session session, Stage stage, PreferencesStore preferences, Runnable backToStart) {
        this.session = session;
        this.stage = stage;
        this.preferences = preferences;
        documents = new DocumentListViewModel(session);
        codebook = new CodebookViewModel(session);
        transcript = new TranscriptViewModel(session);
        coding = new CodingViewModel(session, transcript);
        participants = new ParticipantsViewModel(session);
        retrieval = new RetrievalViewModel(session);
        export = new ExportViewModel(session);
        searchIndex = new SearchIndexViewModel(session);
        search = new SearchViewModel(session, transcript);

        documentsPane = new DocumentsPane(documents, d -> openDocument(d.id()), this::mapSpeakers,
                d -> DocumentAttributesDialog.show(stage, d, documents), session, status::setText);
        CodeDrops drops = new CodeDrops(codebook, coding);
        codebookPane = new CodebookPane(codebook, coding, drops);
        segmentList = new SegmentList("segments", transcript.segments(), codebook, false, this::reveal, this::segmentMenu);
        transcriptPane = new TranscriptPane(transcript, codebook, coding, drops, this::reveal, this::codeWith,
                () -> current().ifPresent(this::mapSpeakers));
        transcriptPane.setFontSize(preferences.get().fontSize());
        correction = new CorrectionViewModel(session, transcript, coding);
        transcriptPane.attachEditing(new TranscriptEditing(correction, transcriptPane, transcript));

        participantsPane = new ParticipantsPane(participants, session, status::setText);
        TabPane sources = new TabPane(tab("Documents", "mdi2f-file-document-outline", documentsPane.root()),
                tab("Participants", "mdi2a-account-group-outline", participantsPane.root()));
        left = new SplitPane(sources, codebookPane.root());
        left.setOrientation(Orientation.VERTICAL);

        searchPane = new SearchPane(search, session, coding, this::revealHit,
                owner -> new CodeChooser(codebook, "Code hits with…", true).choose(owner));
        searchTab = tab("Search", "mdi2t-text-search", searchPane.root());
        searchTab.setId("tab-search");
        Tab retrievalTab = tab("Retrieval", "mdi2m-magnify", new RetrievalPane(retrieval, codebook, this::reveal,
                this::exportRetrieved).root());
        retrievalTab.setId("tab-retrieval");
        memos = new WorkspaceMemos(this, stage);
        right = new TabPane(tab("Segments", "mdi2t-tag-multiple-outline", segmentList.view()), searchTab, retrievalTab,
                memos.tab());
        right.getStyleClass().add("side-tabs");
        codebookPane.onCodeClicked(path -> {
            retrieval.code().set(path);
            retrieval.retrieve();
            right.getSelectionModel().select(retrievalTab);
        });
        crossTab = new CrossTabViewModel(session);
        charts = new ChartsViewModel(session);
        crossTabPane = new CrossTabPane(crossTab, session, codebook, this::reveal);
        chartsPane = new ChartsPane(charts, session);
        transcriptTab = tab("Transcript", "mdi2t-text-box-outline", transcriptPane.root());
        transcriptTab.setId("tab-transcript");
        crossTabTab = tab("Cross-tab", "mdi2t-table-large", crossTabPane.root());
        crossTabTab.setId("tab-crosstab");
        chartsTab = tab("Charts", "mdi2c-chart-bar", chartsPane.root());
        chartsTab.setId("tab-charts");
        compare = new CompareViewModel(session);
        compareTab = tab("Compare", "mdi2v-view-column-outline", new ComparePane(compare, this::reveal).root());
        compareTab.setId("tab-compare");
        agreement = new AgreementTab(session, this::openAt);
        centre = new TabPane(transcriptTab, crossTabTab, chartsTab, compareTab, agreement.tab());
        centre.setId("centre");
        // The views compute only while they are on screen, and again whenever they are shown after a change.
        crossTab.showing().bind(crossTabTab.selectedProperty());
        charts.showing().bind(chartsTab.selectedProperty());
        compare.showing().bind(compareTab.selectedProperty());
        documentsPane.follow(transcript.document());
        codebook.onRenamed((before, after) -> {
            crossTab.choices().codeRenamed(before, after);
            charts.choices().codeRenamed(before, after);
            retrieval.codeRenamed(before, after);
        });
        main = new SplitPane(left, centre, right);
        restoreDividers();
        // The side pane can give all its width to the comparison views (see ComparisonRoom).
        right.setMinWidth(0);
        room = new ComparisonRoom(main, 1, crossTabTab.selectedProperty().or(chartsTab.selectedProperty())
                .or(agreement.tab().selectedProperty()));

        viewMenu = new ViewMenu(preferences, stage, this::root, transcriptPane,
                () -> {
                    crossTabPane.themeChanged();
                    chartsPane.themeChanged();
                });
        WorkspaceStatus edges = new WorkspaceStatus(session, preferences, detach::add);
        root = new BorderPane(main, new VBox(menus(backToStart), edges.offlineBanner(),
                ReadOnlyNotice.of(session)), null, edges.bar(status), null);
        root.setId("workspace");
        viewMenu.scale();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::codeByShortcut);
        coding.message().addListener(this::showStatus);
        participants.message().addListener(this::showStatus);
        export.message().addListener(this::showStatus);
        searchIndex.message().addListener(this::showStatus);
        search.message().addListener(this::showStatus);
        correction.message().addListener(this::showStatus);
        this.<String>listen(session.background().errors(), this::showStatus);
    }

    private <T> void listen(ObservableValue<T> shared, javafx.beans.value.ChangeListener<T> listener) {
        shared.addListener(listener);
        detach.add(() -> shared.removeListener(listener));
    }

    /**
     * Lets go of the background and preferences the next workspace shares, so this closed one
     * (its session, project and text) can be collected and its status bar hears nothing more.
     */
    void dispose() {
        detach.forEach(Runnable::run);
        detach.clear();
    }

    private void showStatus(ObservableValue<? extends String> o, String before, String text) {
        status.setText(text);
    }

    private static Tab tab(String title, String icon, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setGraphic(Ui.icon(icon));
        t.setClosable(false);
        return t;
    }

    /** Reads the project's documents, codebook and participants. */
    void load() {
        documents.reload();
        codebook.reload();
        participants.reload();
        search.readAttributes();
    }

    BorderPane root() {
        return root;
    }

    Session session() {
        return session;
    }

    TranscriptViewModel transcript() {
        return transcript;
    }

    CodingViewModel coding() {
        return coding;
    }

    CodebookViewModel codebook() {
        return codebook;
    }

    DocumentListViewModel documents() {
        return documents;
    }

    TranscriptPane transcriptPane() {
        return transcriptPane;
    }

    ExportViewModel export() {
        return export;
    }

    RetrievalViewModel retrieval() {
        return retrieval;
    }

    CrossTabPane crossTabPane() {
        return crossTabPane;
    }

    CrossTabViewModel crossTab() {
        return crossTab;
    }

    ChartsPane chartsPane() {
        return chartsPane;
    }

    ChartsViewModel charts() {
        return charts;
    }

    CompareViewModel compare() {
        return compare;
    }

    AgreementTab agreement() {
        return agreement;
    }

    TabPane centre() {
        return centre;
    }

    SearchViewModel search() {
        return search;
    }

    SearchPane searchPane() {
        return searchPane;
    }

    /** Brings the Search tab forward with the cursor in its query, searching the open transcript or the project. */
    void showSearch(boolean transcriptOnly) {
        right.getSelectionModel().select(searchTab);
        searchPane.focus(transcriptOnly);
    }

    CodebookPane codebookPane() {
        return codebookPane;
    }

    DocumentsPane documentsPane() {
        return documentsPane;
    }

    SplitPane main() {
        return main;
    }

    ParticipantsViewModel participants() {
        return participants;
    }

    WorkspaceMemos memos() {
        return memos;
    }

    ParticipantsPane participantsPane() {
        return participantsPane;
    }

    /** Shows folders in the file manager (the exported file's folder); null where the platform cannot. */
    void openFoldersWith(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.folderOpener = opener;
    }

    /** Opens the export dialog with the choices it had last; returned so tests can drive it. */
    ExportDialog openExport() {
        ExportDialog dialog = new ExportDialog(export, session.background(), stage, folderOpener);
        dialog.show();
        return dialog;
    }

    /** Opens the export dialog for the segments the Retrieval tab lists: its code and filters. */
    private void exportRetrieved() {
        if (retrieval.retrieved().get() == null) {
            status.setText("Retrieve a code first, then export its segments");
            return;
        }
        export.preset(retrieval.retrieved().get().filter());
        openExport();
    }

    private java.util.Optional<DocumentSummary> current() {
        return java.util.Optional.ofNullable(transcript.document().get()).map(d -> d.document());
    }

    /** A document chosen while a comparison view is in front is shown: the transcript comes forward. */
    private void openDocument(long id) {
        centre.getSelectionModel().select(transcriptTab);
        transcript.open(id);
    }

    private void reveal(SegmentView segment) {
        centre.getSelectionModel().select(transcriptTab);
        transcript.reveal(segment);
        segmentList.select(segment);
    }

    /** Opens a search hit's transcript with the matched words selected. */
    private void revealHit(HitView hit) {
        openAt(hit.documentId(), hit.start(), hit.end());
    }

    private void openAt(long documentId, int start, int end) {
        centre.getSelectionModel().select(transcriptTab);
        transcript.reveal(documentId, start, end);
    }

    private void codeWith() {
        if (transcript.selection().get().isEmpty()) {
            status.setText("Select a passage first, then choose a code");
            return;
        }
        new CodeChooser(codebook, "Code with…", true).choose(stage).ifPresent(coding::codeSelection);
    }

    private void mapSpeakers(DocumentSummary d) {
        SpeakerMapDialog.show(stage, new SpeakerMapViewModel(session, d.id()), d.name());
    }

    private ContextMenu segmentMenu(SegmentView s) {
        MenuItem uncode = Ui.item("Uncode", "mdi2t-tag-minus-outline", () -> coding.uncode(s));
        MenuItem recode = Ui.item("Recode as…", "mdi2t-tag-multiple-outline", () -> new CodeChooser(codebook,
                "Recode " + s.code() + " as…", true).choose(stage).ifPresent(path -> coding.recode(s, path)));
        MenuItem memo = Ui.item("Memo…", "mdi2n-note-edit-outline", () -> MemoDialog.edit(stage, s)
                .ifPresent(text -> coding.setMemo(s, text)));
        ChangeControls.disable(session, uncode, recode, memo);
        return new ContextMenu(uncode, recode, memo,
                Ui.item("Export this document's segments…", "mdi2f-file-export-outline", () -> {
                    export.preset(new org.verbatim.project.SegmentFilter(null, java.util.Map.of(), null,
                            java.util.List.of(s.document())));
                    openExport();
                }));
    }

    /** A code's shortcut codes the selection with it. */
    private void codeByShortcut(KeyEvent e) {
        for (CodeNode n : codebook.withShortcuts()) {
            KeyCombination keys;
            try {
                keys = KeyCombination.valueOf(n.code().shortcut());
            } catch (IllegalArgumentException ex) {
                continue;
            }
            if (keys.match(e)) {
                coding.codeSelection(n.path());
                e.consume();
                return;
            }
        }
    }

    /** File ▸ Import REFI-QDA project…, Import codebook…, Export ▸ REFI-QDA project… / Codebook…, Merge project…. */
    private List<MenuItem> exchangeItems() {
        MenuItem importRefi = Ui.item("Import REFI-QDA project…", "mdi2f-file-import-outline",
                () -> openRefi(RefiViewModel.Mode.IMPORT));
        importRefi.setId("menu-import-refi");
        MenuItem exportRefi = Ui.item("REFI-QDA project…", "mdi2f-file-export-outline",
                () -> openRefi(RefiViewModel.Mode.EXPORT));
        exportRefi.setId("menu-export-refi");
        List<MenuItem> codebookFiles = new CodebookFileActions(session, stage).items();
        Menu export = new Menu("Export", null, exportRefi, codebookFiles.get(1));
        export.setId("menu-export-menu");
        MenuItem merge = Ui.item("Merge project…", "mdi2s-source-merge", () -> openRefi(RefiViewModel.Mode.MERGE));
        merge.setId("menu-merge");
        ChangeControls.disable(session, codebookFiles.get(0), merge);
        return List.of(importRefi, codebookFiles.get(0), export, merge);
    }

    /** Shows the REFI-QDA dialog; an imported project opens in place of this one when the user asks. */
    RefiDialog openRefi(RefiViewModel.Mode mode) {
        RefiViewModel model = mode == RefiViewModel.Mode.IMPORT
                ? RefiViewModel.forImport(session.background(), projectOpener)
                : RefiViewModel.forProject(mode, session);
        RefiDialog dialog = new RefiDialog(model, session.background(), stage);
        dialog.show();
        return dialog;
    }

    /** How a project made by File ▸ Import REFI-QDA project… is opened (the window replaces this workspace). */
    void openProjectsWith(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.projectOpener = opener;
    }

    /** Hands a change of encryption (File › Encryption) to whoever can close the project and run it. */
    void changeEncryptionWith(java.util.function.Consumer<java.util.function.Consumer<StartViewModel>> changer) {
        this.encryptionChanger = changer;
    }

    /** Hands the answer of File › Share with a team… to whoever can close and share the project. */
    void shareWith(java.util.function.Consumer<TeamDialog.Answer> sharer) {
        this.sharer = sharer;
    }

    private MenuItem shareItem() {
        MenuItem share = Ui.item("Share with a team…", "mdi2a-account-multiple-outline",
                () -> TeamDialog.ask(stage, TeamDialog.Purpose.SHARE, null).ifPresent(sharer));
        share.setId("menu-share");
        share.setDisable(org.verbatim.project.TeamProjects.isTeamProject(session.folder())
                || org.verbatim.project.ProjectEncryption.isEncrypted(session.folder()));
        return share;
    }

    private MenuBar menus(Runnable backToStart) {
        MenuItem importFiles = Ui.item("Import transcripts…", "mdi2i-import", this::openImport);
        importFiles.setId("menu-import");
        importFiles.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+I"));
        MenuItem close = Ui.item("Close project", "mdi2c-close-circle-outline", backToStart);
        close.setAccelerator(KeyCombination.valueOf("Shortcut+W"));
        MenuItem quit = Ui.item("Quit", null, stage::close);
        quit.setAccelerator(KeyCombination.valueOf("Shortcut+Q"));
        MenuItem exportExcerpts = Ui.item("Export coded excerpts…", "mdi2f-file-export-outline",
                this::openExport);
        exportExcerpts.setId("menu-export");
        exportExcerpts.setAccelerator(KeyCombination.valueOf("Shortcut+E"));
        MenuItem reindex = Ui.item("Rebuild search index", "mdi2r-refresh", searchIndex::rebuild);
        reindex.setId("menu-reindex");
        Menu file = new Menu("_File", null, importFiles, exportExcerpts, reportItem(), reindex, new SeparatorMenuItem());
        file.getItems().addAll(exchangeItems());
        file.getItems().addAll(new SeparatorMenuItem(), shareItem(),
                EncryptionMenu.of(stage, session.folder(), c -> encryptionChanger.accept(c)), new SeparatorMenuItem(), close, quit);

        MenuItem undo = Ui.item("Undo", "mdi2u-undo", coding::undo);
        undo.setId("menu-undo");
        undo.setAccelerator(KeyCombination.valueOf("Shortcut+Z"));
        undo.disableProperty().bind(coding.canUndo().not());
        MenuItem redo = Ui.item("Redo", "mdi2r-redo", coding::redo);
        redo.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+Z"));
        redo.disableProperty().bind(coding.canRedo().not());
        MenuItem codeWith = Ui.item("Code with…", "mdi2t-tag-outline", this::codeWith);
        codeWith.setId("menu-code-with-main");
        codeWith.setAccelerator(KeyCombination.valueOf("Shortcut+K"));
        MenuItem inVivo = Ui.item("New code from selection…", "mdi2f-format-quote-open", () -> InVivoDialog.codeSelection(stage, coding, transcript));
        inVivo.setAccelerator(KeyCombination.valueOf("Shortcut+I"));
        MenuItem speakers = Ui.item("Map speakers to participants…", "mdi2a-account-voice",
                () -> current().ifPresent(this::mapSpeakers));
        MenuItem coder = Ui.item("Coder name…", null, () -> CoderNameDialog.ask(stage, preferences));
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), codeWith, inVivo, new SeparatorMenuItem(),
                speakers, coder, memos.projectMemoItem());
        edit.setId("menu-edit");
        ChangeControls.disable(session, edit, importFiles);

        Menu view = viewMenu.menu();

        MenuItem showCrossTab = Ui.item("Cross-tab", "mdi2t-table-large", () -> centre.getSelectionModel().select(crossTabTab));
        showCrossTab.setId("menu-crosstab");
        showCrossTab.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+T"));
        MenuItem showCharts = Ui.item("Charts", "mdi2c-chart-bar", () -> centre.getSelectionModel().select(chartsTab));
        showCharts.setId("menu-charts");
        showCharts.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+G"));
        MenuItem showTranscript = Ui.item("Transcript", "mdi2t-text-box-outline",
                () -> centre.getSelectionModel().select(transcriptTab));
        showTranscript.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+R"));
        Menu analyse = new Menu("_Analyse", null, showCrossTab, showCharts, compareItem(), agreement.menuItem(centre),
                showTranscript);
        
        MenuItem findHere = Ui.item("Search this transcript", "mdi2t-text-search", () -> showSearch(true));
        findHere.setId("menu-search-transcript");
        findHere.setAccelerator(KeyCombination.valueOf("Shortcut+F"));
        MenuItem findAll = Ui.item("Search the whole project", "mdi2m-magnify", () -> showSearch(false));
        findAll.setId("menu-search-project");
        findAll.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+F"));
        Menu find = new Menu("_Search", null, findHere, findAll, new SeparatorMenuItem());
        find.getItems().addAll(searchPane.stepItems());
        MenuBar bar = new MenuBar(file, edit, find, analyse, view);
        bar.getMenus().add(HelpMenu.of(stage, bar));
        return bar;
    }

    private MenuItem reportItem() {
        MenuItem item = Ui.item("Report…", "mdi2f-file-document-outline", this::openReport);
        item.setId("menu-report");
        return item;
    }

    /** Opens File ▸ Report… with its preview; returned so tests can drive it. */
    ReportDialog openReport() {
        ReportDialog dialog = new ReportDialog(new ReportViewModel(session), stage);
        dialog.show();
        return dialog;
    }

    private MenuItem compareItem() {
        MenuItem item = Ui.item("Compare groups", "mdi2v-view-column-outline",
                () -> centre.getSelectionModel().select(compareTab));
        item.setId("menu-compare");
        item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+C"));
        return item;
    }

    /** Opens the import dialog; returned so tests can drive it. */
    ImportDialog openImport() {
        ImportDialog dialog = new ImportDialog(new ImportViewModel(session), session.background(), stage);
        dialog.show();
        return dialog;
    }

    private void restoreDividers() {
        List<Double> d = preferences.get().dividers();
        if (d.size() >= 2) {
            main.setDividerPositions(d.get(0), d.get(1));
        }
        left.setDividerPositions(d.size() >= 3 ? d.get(2) : 0.42);
        for (SplitPane pane : List.of(main, left)) {
            pane.getDividers().forEach(div -> div.positionProperty().addListener((o, a, b) -> rememberDividers()));
        }
    }

    private void rememberDividers() {
        if (room != null && room.widened()) {
            return;
        }
        List<Double> positions = new ArrayList<>();
        main.getDividers().forEach(div -> positions.add(div.getPosition()));
        left.getDividers().forEach(div -> positions.add(div.getPosition()));
        preferences.update(p -> p.withDividers(positions));
    }
}
