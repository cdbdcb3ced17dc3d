package org.verbatim.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.verbatim.project.CodeNode;
import org.verbatim.project.ExcerptChoices;
import org.verbatim.project.ExcerptLayout;

/**
 * File → Export coded excerpts…: codes (all, or several checked in the code tree), attribute
 * filters, coder and documents, the columns, the file and its layout for Excel; the number of
 * excerpts the choices take; then the export with its progress and Cancel here in the dialog,
 * its result, and a button that opens the folder of the written file. Enter exports, Escape
 * closes (and stops a running export, which then leaves no file).
 */
final class ExportDialog {
    private static final String ALL_CODERS = "All coders";

    private final ExportViewModel model;
    private final Stage stage = new Stage();
    private final Consumer<Path> folderOpener;
    private final TreeView<CodeNode> codeTree = new TreeView<>();
    private final CodeTreeFilter codeFilter = new CodeTreeFilter("export-code-filter", codeTree, this::fillCodeTree);
    private final CheckList values;
    private final CheckList documents;
    private final CheckList columns;
    private final ComboBox<String> attribute = new ComboBox<>();
    private final ComboBox<String> coder = new ComboBox<>();
    private final List<Runnable> detach = new ArrayList<>();

    /** {@code folderOpener} shows a folder in the file manager; null where the platform cannot (no button then). */
    ExportDialog(ExportViewModel model, Background background, Window owner, Consumer<Path> folderOpener) {
        this.model = model;
        this.folderOpener = folderOpener;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Export coded excerpts");
        values = new CheckList("export-values", v -> model.isChecked(attribute.getValue(), v),
                (v, on) -> model.check(attribute.getValue(), v, on));
        documents = new CheckList("export-documents", d -> model.documents().contains(d), (d, on) -> {
            if (on) {
                model.documents().add(d);
            } else {
                model.documents().remove(d);
            }
        });
        columns = new CheckList("export-columns", model::isColumnChecked, model::checkColumn);

        HBox choices = new HBox(16, codesColumn(), filtersColumn(), columnsColumn());
        VBox.setVgrow(choices, Priority.ALWAYS);
        VBox root = new VBox(12, choices, fileRow(), layoutRow(), privacyRow(), outcome(background), buttons());
        root.setPadding(new Insets(14));
        root.setId("export-dialog");
        Scene scene = new Scene(root, 1080, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::enterExports);
        // Closing the window is no way to leave an export running unseen: it stops like Cancel.
        stage.setOnHidden(e -> {
            model.cancel();
            detach.forEach(Runnable::run);
            detach.clear();
        });

        ListChangeListener<CodeNode> codesRead = c -> fillCodeTree();
        model.codebook().addListener(codesRead);
        detach.add(() -> model.codebook().removeListener(codesRead));
        listen(model.choices(), (o, a, now) -> fillChoices(now));
        listen(model.where(), (o, a, b) -> values.refresh());
        listen(model.coder(), (o, a, name) -> coder.setValue(name == null || name.isEmpty() ? ALL_CODERS : name));
        fillCodeTree();
        fillChoices(model.choices().get());
    }

    /** Listens to the view model, which outlives this dialog, until the dialog closes. */
    private <T> void listen(ObservableValue<T> value, ChangeListener<T> listener) {
        value.addListener(listener);
        detach.add(() -> value.removeListener(listener));
    }

    void show() {
        stage.show();
        model.load();
    }

    private VBox codesColumn() {
        CheckBox all = new CheckBox("_All codes");
        all.setId("export-all-codes");
        all.selectedProperty().bindBidirectional(model.allCodes());
        codeTree.setId("export-codes");
        codeTree.setShowRoot(false);
        codeTree.disableProperty().bind(model.allCodes());
        codeTree.setCellFactory(CheckBoxTreeCell.forTreeView(
                item -> ((CheckBoxTreeItem<CodeNode>) item).selectedProperty(), new StringConverter<>() {
                    @Override
                    public String toString(TreeItem<CodeNode> item) {
                        CodeNode n = item.getValue();
                        return n == null ? "" : n.code().name() + "  (" + n.segmentsWithSubcodes() + ")";
                    }

                    @Override
                    public TreeItem<CodeNode> fromString(String s) {
                        throw new UnsupportedOperationException("Code names are not edited here");
                    }
                }));
        codeTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE && codeTree.getFocusModel().getFocusedItem() instanceof CheckBoxTreeItem<CodeNode> item) {
                item.setSelected(!item.isSelected());
                e.consume();
            }
        });
        VBox.setVgrow(codeTree, Priority.ALWAYS);
        Label hint = muted("A checked code takes its sub-codes with it; the count is of segments with sub-codes.");
        VBox box = new VBox(6, title("_Codes", codeTree), all, codeFilter.field(), codeTree, hint);
        box.setPrefWidth(340);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void fillCodeTree() {
        CheckBoxTreeItem<CodeNode> root = new CheckBoxTreeItem<>();
        root.setExpanded(true);
        Map<Integer, TreeItem<CodeNode>> lastAtDepth = new HashMap<>();
        List<TreeItem<CodeNode>> checked = new ArrayList<>();
        lastAtDepth.put(-1, root);
        java.util.Set<String> shown = codeFilter.keeps(model.codebook());
        for (CodeNode n : model.codebook()) {
            if (!shown.contains(n.path())) {
                continue;
            }
            CheckBoxTreeItem<CodeNode> item = new CheckBoxTreeItem<>(n);
            item.setExpanded(codeFilter.active());
            // Independent: a checked parent takes its sub-codes in the export, not in the tree's checks.
            item.setIndependent(true);
            item.setSelected(model.codes().contains(n.path()));
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    model.codes().add(n.path());
                } else {
                    model.codes().remove(n.path());
                }
            });
            TreeItem<CodeNode> parent = lastAtDepth.getOrDefault(n.depth() - 1, root);
            parent.getChildren().add(item);
            lastAtDepth.put(n.depth(), item);
            if (item.isSelected()) {
                checked.add(item);
            }
        }
        codeTree.setRoot(root);
        // The checked codes in sight: their parents open, the first of them scrolled to.
        for (TreeItem<CodeNode> item : checked) {
            for (TreeItem<CodeNode> up = item.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
        }
        if (!checked.isEmpty()) {
            codeTree.scrollTo(Math.max(0, codeTree.getRow(checked.get(0)) - 1));
        }
    }

    private VBox filtersColumn() {
        TextField where = new TextField();
        where.setId("export-where");
        where.setPromptText("city=Tomsk, city=Petrozavodsk, sphere=business");
        where.textProperty().bindBidirectional(model.where());
        attribute.setId("export-attribute");
        attribute.setPromptText("Attribute");
        attribute.setMaxWidth(Double.MAX_VALUE);
        attribute.valueProperty().addListener((o, a, name) -> values.show(
                name == null ? List.of() : model.choices().get().attributes().getOrDefault(name, List.of())));
        values.view().setPrefHeight(150);
        values.view().setMinHeight(112);
        Label valuesHint = muted("Values of one attribute are alternatives; different attributes must all match.");

        coder.setId("export-coder");
        coder.setMaxWidth(Double.MAX_VALUE);
        coder.valueProperty().addListener((o, a, name) -> model.coder().set(name == null || name.equals(ALL_CODERS) ? "" : name));

        documents.view().setPrefHeight(130);
        VBox.setVgrow(documents.view(), Priority.ALWAYS);
        VBox box = new VBox(6, title("Attribute _filters", where), where, title("A_ttribute", attribute), attribute,
                values.view(), valuesHint, title("Code_r", coder), coder,
                title("_Documents (none checked: every document)", documents.view()), documents.view());
        box.setPrefWidth(400);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private VBox columnsColumn() {
        VBox.setVgrow(columns.view(), Priority.ALWAYS);
        VBox box = new VBox(6, title("Co_lumns, in this order", columns.view()), columns.view(),
                muted("The CSV has exactly the checked columns."));
        box.setPrefWidth(260);
        return box;
    }

    private void fillChoices(ExcerptChoices choices) {
        String shown = attribute.getValue();
        attribute.getItems().setAll(choices.attributes().keySet());
        attribute.setValue(shown != null && choices.attributes().containsKey(shown) ? shown
                : choices.attributes().keySet().stream().findFirst().orElse(null));
        coder.getItems().setAll(ALL_CODERS);
        coder.getItems().addAll(choices.coders());
        String chosen = model.coder().get();
        coder.setValue(chosen == null || chosen.isEmpty() ? ALL_CODERS : chosen);
        documents.show(choices.documents());
        columns.show(choices.columns());
    }

    private HBox fileRow() {
        TextField file = new TextField();
        file.setId("export-file");
        file.textProperty().bindBidirectional(model.file());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = Ui.button("_Browse…", "mdi2f-folder-open", null, this::browse);
        HBox row = new HBox(8, title("F_ile", file), file, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox layoutRow() {
        ToggleGroup group = new ToggleGroup();
        RadioButton utf8 = layout(group, "_UTF-8", "export-utf8", ExcerptLayout.UTF8);
        RadioButton excel = layout(group, "E_xcel (UTF-8 with byte-order mark)", "export-excel", ExcerptLayout.EXCEL);
        RadioButton semicolon = layout(group, "Excel with _semicolons (region settings with a decimal comma)",
                "export-excel-semicolon", ExcerptLayout.EXCEL_SEMICOLON);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) {
                model.layout().set((ExcerptLayout) t.getUserData());
            }
        });
        Label label = new Label("Encoding");
        HBox row = new HBox(14, label, utf8, excel, semicolon);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** For a file that leaves the ethics approval: pseudonyms for participants, and names and places masked. */
    private HBox privacyRow() {
        CheckBox pseudonymise = new CheckBox("_Pseudonymise participants (ids, names and speaker labels)");
        pseudonymise.setId("export-pseudonymise");
        pseudonymise.selectedProperty().bindBidirectional(model.pseudonymise());
        TextField list = new TextField();
        list.setId("export-mask-list");
        list.setPromptText("optional: a text file of further names and places, one per line");
        list.textProperty().bindBidirectional(model.maskList());
        HBox.setHgrow(list, Priority.ALWAYS);
        Button browse = Ui.button("Na_mes to mask…", "mdi2f-file-document-outline", null, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Names and places to mask");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text files", "*.txt"));
            java.io.File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                model.maskList().set(chosen.getPath());
            }
        });
        HBox row = new HBox(10, pseudonymise, list, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private RadioButton layout(ToggleGroup group, String text, String id, ExcerptLayout layout) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(layout);
        b.setSelected(layout == model.layout().get());
        return b;
    }

    private VBox outcome(Background background) {
        Label count = new Label();
        count.setId("export-count");
        count.getStyleClass().add("pane-title");
        count.textProperty().bind(model.matching());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("export-progress");
        progress.setPrefWidth(260);
        progress.progressProperty().bind(Bindings.when(model.running()).then(background.progress()).otherwise(0.0));
        progress.visibleProperty().bind(model.running());
        Label activity = muted("");
        activity.textProperty().bind(Bindings.when(model.running()).then(background.activity()).otherwise(""));
        HBox running = new HBox(10, progress, activity);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(model.running());
        running.managedProperty().bind(model.running());

        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button open = Ui.button("_Open folder", "mdi2f-folder-open-outline", "Show the exported file's folder",
                () -> model.exportedFolder().ifPresent(folderOpener));
        open.setId("export-open-folder");
        open.visibleProperty().bind(model.exported().isNotNull().and(Bindings.createBooleanBinding(() -> folderOpener != null)));
        open.managedProperty().bind(open.visibleProperty());
        HBox result = new HBox(10, message, open);
        result.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, count, running, result);
    }

    private HBox buttons() {
        Button cancel = Ui.button("Ca_ncel export", "mdi2c-cancel", "Stop the export; it leaves no file", model::cancel);
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(model.running().not());
        Button export = Ui.button("_Export", "mdi2f-file-export-outline", null, this::export);
        export.setId("export-start");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.running());
        Button close = Ui.button("Close", null, null, stage::close);
        close.setId("export-close");
        close.setCancelButton(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, gap, cancel, export, close);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    /**
     * Enter exports from anywhere in the dialog (a check box or radio button would otherwise take
     * it), except on a button, which Enter presses, or in an open drop-down, where it chooses.
     */
    private void enterExports(KeyEvent e) {
        Node focused = stage.getScene().getFocusOwner();
        if (e.getCode() != KeyCode.ENTER || e.isShiftDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || focused instanceof Button || focused instanceof ComboBoxBase<?> box && box.isShowing()
                || model.running().get()) {
            return;
        }
        e.consume();
        export();
    }

    private void export() {
        if (model.target().filter(Files::exists).map(this::confirmReplace).orElse(true)) {
            model.export();
        }
    }

    private boolean confirmReplace(Path file) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, file + " already exists. Replace it with this export?",
                ButtonType.YES, ButtonType.NO);
        ask.initOwner(stage);
        ask.setTitle("Replace file");
        ask.setHeaderText(null);
        return ask.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export coded excerpts to");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        Path current = model.target().map(Path::toAbsolutePath).orElse(null);
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.file().set(chosen.getPath());
        }
    }

    private static Label title(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.getStyleClass().add("pane-title");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("muted");
        return l;
    }
}
