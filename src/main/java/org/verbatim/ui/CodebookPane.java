package org.verbatim.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.verbatim.project.CodeNode;

/**
 * The codebook as a tree: colour swatch, name, segment count (with sub-codes) and shortcut.
 * Rename in place (F2 or double-click), a context menu for everything else, and drag and
 * drop: a code dropped on a code moves under it (with Ctrl held, merges into it); a passage
 * of the transcript dropped on a code is coded with it.
 */
final class CodebookPane {
    /** What a dragged code carries: its path. */
    static final DataFormat CODE = new DataFormat("application/x-verbatim-code");
    /** What a dragged transcript selection carries. */
    static final DataFormat PASSAGE = new DataFormat("application/x-verbatim-passage");

    private final CodebookViewModel model;
    private final CodingViewModel coding;
    private final CodeDrops drops;
    private final TreeView<CodeNode> tree = new TreeView<>(new TreeItem<>());
    private final VBox root;
    private java.util.function.Consumer<String> clicked = path -> { };
    /** Writes or edits a code's memo; null until the workspace offers memos. */
    private java.util.function.Consumer<CodeNode> memo;
    /** The memo on a code (its text) for the mark beside its name, or null. */
    private java.util.function.LongFunction<String> memoOf = id -> null;

    CodebookPane(CodebookViewModel model, CodingViewModel coding, CodeDrops drops) {
        this.model = model;
        this.coding = coding;
        this.drops = drops;
        tree.setId("codebook");
        tree.setShowRoot(false);
        ChangeControls.editable(coding.session(), tree.editableProperty());
        tree.setCellFactory(t -> new CodeCell());
        tree.setOnKeyPressed(e -> {
            if (!ChangeControls.writable(coding.session())) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                selected().ifPresent(this::delete);
            } else if (e.getCode() == KeyCode.F2 && tree.getSelectionModel().getSelectedItem() != null) {
                tree.edit(tree.getSelectionModel().getSelectedItem());
            }
        });
        model.codes().addListener((javafx.collections.ListChangeListener<CodeNode>) c -> rebuild());
        // One click on a code retrieves it; a click on the code already chosen still renames it in place.
        tree.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY || e.getClickCount() != 1
                    || tree.getEditingItem() != null) {
                return;
            }
            for (javafx.scene.Node n = e.getPickResult().getIntersectedNode(); n != null && n != tree; n = n.getParent()) {
                if (n instanceof CodeCell cell && cell.getItem() != null) {
                    clicked.accept(cell.getItem().path());
                    return;
                }
            }
        });

        // The title and the buttons share one row and the tree is dense, so a laptop screen lists many codes.
        tree.getStyleClass().add("dense");
        Label title = new Label("Codebook", Ui.icon("mdi2t-tag-outline"));
        title.getStyleClass().add("pane-title");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button newCode = Ui.button(null, "mdi2t-tag-plus", "New code", () -> add(null));
        newCode.setId("code-new");
        Button newSubcode = Ui.button(null, "mdi2f-file-tree", "New sub-code of the selected code",
                () -> selected().ifPresent(n -> add(n.path())));
        newSubcode.setId("code-new-sub");
        Button delete = Ui.button(null, "mdi2d-delete-outline", "Delete the selected code",
                () -> selected().ifPresent(this::delete));
        delete.setId("code-delete");
        ChangeControls.disable(coding.session(), newCode, newSubcode, delete);
        HBox bar = new HBox(2, title, space, newCode, newSubcode, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("codebook-bar");
        for (javafx.scene.Node b : bar.getChildren().subList(2, 5)) {
            b.getStyleClass().addAll("flat", "small");
        }
        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(bar, tree);
    }

    VBox root() {
        return root;
    }

    /** What a click on a code does (the workspace retrieves the code). */
    void onCodeClicked(java.util.function.Consumer<String> action) {
        clicked = action;
    }

    /** Adds Memo… to each code's menu, and marks the codes {@code memoOf} gives a memo for (hover shows it). */
    void showMemos(java.util.function.Consumer<CodeNode> write, java.util.function.LongFunction<String> memoOf) {
        this.memo = write;
        this.memoOf = memoOf;
        tree.refresh();
    }

    /** Draws the memo marks again (the memos changed). */
    void refreshMemoMarks() {
        tree.refresh();
    }

    /** Selects a code by path, its parents opened and scrolled into sight, and retrieves it as a click would. */
    void select(String path) {
        walk(tree.getRoot(), item -> {
            if (item.getValue().path().equals(path)) {
                for (TreeItem<CodeNode> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 2));
            }
        });
        clicked.accept(path);
    }

    TreeView<CodeNode> tree() {
        return tree;
    }

    private Optional<CodeNode> selected() {
        TreeItem<CodeNode> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private void rebuild() {
        String chosen = selected().map(CodeNode::path).orElse(null);
        Map<String, Boolean> expanded = new HashMap<>();
        walk(tree.getRoot(), item -> expanded.put(item.getValue().path(), item.isExpanded()));
        Map<Long, TreeItem<CodeNode>> byId = new HashMap<>();
        TreeItem<CodeNode> root = new TreeItem<>();
        TreeItem<CodeNode> reselect = null;
        for (CodeNode n : model.codes()) {
            TreeItem<CodeNode> item = new TreeItem<>(n);
            item.setExpanded(expanded.getOrDefault(n.path(), n.depth() == 0));
            byId.put(n.code().id(), item);
            TreeItem<CodeNode> parent = n.code().parentId() == null ? root : byId.getOrDefault(n.code().parentId(), root);
            parent.getChildren().add(item);
            if (n.path().equals(chosen)) {
                reselect = item;
            }
        }
        tree.setRoot(root);
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private static void walk(TreeItem<CodeNode> item, java.util.function.Consumer<TreeItem<CodeNode>> visit) {
        for (TreeItem<CodeNode> child : item.getChildren()) {
            visit.accept(child);
            walk(child, visit);
        }
    }

    private Window window() {
        return tree.getScene().getWindow();
    }

    private void add(String parentPath) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window());
        d.setTitle(parentPath == null ? "New code" : "New sub-code");
        d.setHeaderText(parentPath == null ? "Name of the new code" : "Name of the new sub-code of " + parentPath);
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> model.add(parentPath, name));
    }

    private void recolour(CodeNode node) {
        ColorPicker picker = new ColorPicker(Ui.color(node.code().color()));
        Dialog<ButtonType> d = dialog("Colour of " + node.path(), picker);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.recolour(node.path(), Ui.hex(picker.getValue())));
    }

    private void describe(CodeNode node) {
        TextArea text = new TextArea(node.code().description() == null ? "" : node.code().description());
        text.setWrapText(true);
        text.setPrefSize(460, 220);
        text.setPromptText("Definition; when to use it; when not; an example");
        Dialog<ButtonType> d = dialog("Description of " + node.path(), text);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.describe(node.path(), text.getText()));
    }

    private void shortcut(CodeNode node) {
        TextField key = new TextField(node.code().shortcut() == null ? "" : node.code().shortcut());
        key.setPromptText("for example Ctrl+1 (blank: none)");
        Dialog<ButtonType> d = dialog("Shortcut of " + node.path(), key);
        d.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.setShortcut(node.path(), key.getText().strip()));
    }

    private void mergeInto(CodeNode node) {
        new CodeChooser(model, "Merge " + node.path() + " into…", false).choose(window())
                .filter(target -> !target.equals(node.path()))
                .ifPresent(target -> model.merge(node.path(), target));
    }

    private void delete(CodeNode node) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(window());
        confirm.setTitle("Delete code");
        confirm.setHeaderText("Delete " + node.path() + "?");
        confirm.setContentText((node.segmentsWithSubcodes() == 0 ? "It has no segments."
                : "Its " + Plural.of(node.segmentsWithSubcodes(), "segment")
                + " (with its sub-codes) will be deleted too.")
                + " Edit ▸ Undo (Ctrl+Z) brings it all back.");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(node.path()));
    }

    private Dialog<ButtonType> dialog(String title, javafx.scene.Node content) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(window());
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    /** One code: swatch, name, count, shortcut; renamed in place, a drag source and a drop target. */
    private final class CodeCell extends TreeCell<CodeNode> {
        private TextField editor;

        CodeCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE, TransferMode.COPY);
                    ClipboardContent content = new ClipboardContent();
                    content.put(CODE, getItem().path());
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (getItem() != null && ChangeControls.writable(coding.session()) && (e.getDragboard().hasContent(CODE) || e.getDragboard().hasContent(PASSAGE))) {
                    e.acceptTransferModes(TransferMode.MOVE, TransferMode.LINK, TransferMode.COPY);
                }
            });
            setOnDragDropped(e -> {
                if (getItem() == null) {
                    return;
                }
                if (e.getDragboard().hasContent(PASSAGE)) {
                    drops.passageAndCode(getItem().path());
                    e.setDropCompleted(true);
                } else if (e.getDragboard().hasContent(CODE)) {
                    // Ctrl held while dropping makes the transfer a copy: merge rather than move.
                    drops.codeOnCode((String) e.getDragboard().getContent(CODE), getItem().path(),
                            e.getTransferMode() == TransferMode.COPY);
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        public void startEdit() {
            if (getItem() == null) {
                return;
            }
            super.startEdit();
            editor = new TextField(getItem().code().name());
            editor.setOnAction(e -> commitEdit(getItem()));
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.selectAll();
            editor.requestFocus();
        }

        @Override
        public void commitEdit(CodeNode node) {
            String name = editor.getText().strip();
            super.cancelEdit();
            if (!name.isEmpty() && !name.equals(node.code().name())) {
                model.rename(node.path(), name);
            }
            updateItem(node, false);
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), getItem() == null);
        }

        @Override
        protected void updateItem(CodeNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            if (empty || node == null) {
                setGraphic(null);
                setContextMenu(null);
                setTooltip(null);
                return;
            }
            if (isEditing()) {
                return;
            }
            // The whole name, wrapped beside its count: no code is known by its first words only.
            javafx.scene.text.Text name = new javafx.scene.text.Text(node.code().name());
            name.getStyleClass().add("code-name");
            Label count = new Label(node.segmentsWithSubcodes() == node.segments() ? String.valueOf(node.segments())
                    : node.segments() + " (" + node.segmentsWithSubcodes() + ")");
            count.getStyleClass().add("code-count");
            count.setId("count-" + node.code().id());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label shortcut = new Label(node.code().shortcut() == null ? "" : node.code().shortcut());
            shortcut.getStyleClass().add("shortcut");
            count.setMinWidth(Region.USE_PREF_SIZE);
            shortcut.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(6, Ui.swatch(node.code().color()), name);
            Node memoGlyph = MemoMarks.glyph(memoOf.apply(node.code().id()));
            if (memoGlyph != null) {
                row.getChildren().add(memoGlyph);
            }
            row.getChildren().addAll(gap, count, shortcut);
            row.setAlignment(Pos.CENTER_LEFT);
            // As wide as the tree leaves beside the indent: a long name wraps, count and shortcut stay in sight.
            double indent = 40 + 18 * getTreeView().getTreeItemLevel(getTreeItem());
            row.prefWidthProperty().bind(getTreeView().widthProperty().subtract(indent));
            row.maxWidthProperty().bind(row.prefWidthProperty());
            // What the swatch, the count, the shortcut and the gaps between them leave (estimated from their
            // text: the cell's height is set from this before they are laid out); in a very narrow pane
            // never so little that words break letter by letter.
            double beside = 30 + count.getText().length() * 8 + (shortcut.getText().isEmpty() ? 0
                    : 8 + shortcut.getText().length() * 7);
            name.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> Math.max(100,
                    row.getPrefWidth() - beside), row.prefWidthProperty()));
            setGraphic(row);
            setTooltip(new javafx.scene.control.Tooltip(node.path() + " — " + Plural.of(node.segments(), "segment")
                    + (node.code().description() == null ? "" : "\n" + node.code().description())));
            ContextMenu menu = new ContextMenu(
                    Ui.item("Code the selection with this code", "mdi2t-tag-outline", () -> coding.codeSelection(node.path())),
                    new SeparatorMenuItem(),
                    Ui.item("New sub-code…", "mdi2t-tag-plus", () -> add(node.path())),
                    Ui.item("Rename", "mdi2r-rename-box", () -> getTreeView().edit(getTreeItem())),
                    Ui.item("Colour…", "mdi2p-palette", () -> recolour(node)),
                    Ui.item("Description…", "mdi2t-text-box-outline", () -> describe(node)),
                    Ui.item("Shortcut…", "mdi2k-keyboard-outline", () -> shortcut(node)),
                    Ui.item("Move to the top level", null, () -> model.move(node.path(), null)),
                    Ui.item("Merge into…", "mdi2c-call-merge", () -> mergeInto(node)),
                    new SeparatorMenuItem(),
                    Ui.item("Delete…", "mdi2d-delete-outline", () -> delete(node)));
            if (memo != null) {
                menu.getItems().add(menu.getItems().size() - 2, Ui.item("Memo…", "mdi2n-note-edit-outline",
                        () -> memo.accept(node)));
            }
            // Every item changes the codebook or the coding.
            ChangeControls.disable(coding.session(), menu.getItems().toArray(MenuItem[]::new));
            setContextMenu(menu);
        }
    }
}
