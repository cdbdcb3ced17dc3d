package org.verbatim.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.project.MemoView;
import org.verbatim.project.ParticipantView;

/**
 * Memos in the workspace: the Memos tab, Memo… on documents, codes and participants (their
 * right-click menus) and on the project (Edit menu), marks where memos are, and opening a
 * memo's target from the list — the document's transcript, the passage, the code retrieved, the
 * participant's row.
 */
final class WorkspaceMemos {
    private final WorkspaceView workspace;
    private final Stage stage;
    private final MemosViewModel model;
    private final MemosPane pane;
    private final Tab tab;

    /** Built while the workspace is: its side panes and transcript exist, its centre is reached only later. */
    WorkspaceMemos(WorkspaceView workspace, Stage stage) {
        this.workspace = workspace;
        this.stage = stage;
        model = new MemosViewModel(workspace.session());
        pane = new MemosPane(model, this::open, this::edit, model::delete, this::projectMemo);
        tab = new Tab("Memos", pane.root());
        tab.setGraphic(Ui.icon("mdi2n-note-multiple-outline"));
        tab.setClosable(false);
        tab.setId("tab-memos");

        workspace.documentsPane().showMemos(d -> write(MemoTarget.DOCUMENT, String.valueOf(d.id()), d.id(),
                "document " + d.name()), id -> text(model.on(MemoTarget.DOCUMENT, id)));
        workspace.codebookPane().showMemos(n -> write(MemoTarget.CODE, n.path(), n.code().id(), "code " + n.path()),
                id -> text(model.on(MemoTarget.CODE, id)));
        workspace.participantsPane().showMemos(p -> write(MemoTarget.PARTICIPANT, p.key(), p.id(),
                "participant " + name(p)));
        workspace.transcriptPane().showMemos(new MemoMarks(model, this::edit));
        model.all().addListener((javafx.collections.ListChangeListener<MemoView>) c -> {
            workspace.documentsPane().refreshMemoMarks();
            workspace.codebookPane().refreshMemoMarks();
        });
        model.reload();
    }

    /** The Memos tab for the side pane. */
    Tab tab() {
        return tab;
    }

    MemosViewModel model() {
        return model;
    }

    MemosPane pane() {
        return pane;
    }

    /** Edit ▸ Project memo…. */
    MenuItem projectMemoItem() {
        MenuItem item = Ui.item("Project memo…", "mdi2b-book-open-outline", this::projectMemo);
        item.setId("menu-project-memo");
        item.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+M"));
        return item;
    }

    private void projectMemo() {
        write(MemoTarget.PROJECT, null, null, "the project");
    }

    /** Opens the target's memo to edit, or a new one when it has none. */
    private void write(MemoTarget target, String ref, Long targetId, String on) {
        Optional<MemoView> existing = model.on(target, targetId);
        if (existing.isPresent()) {
            edit(existing.get());
            return;
        }
        MemoEditor.show(stage, on, null, true).filter(a -> !a.delete())
                .ifPresent(a -> model.write(target, ref, on, a.title(), a.text()));
    }

    /** Shows a memo for reading and editing; OK keeps the change, Delete memo deletes it (both undoable). */
    void edit(MemoView memo) {
        MemoEditor.show(stage, describe(memo), memo, !memo.segmentsOwn()).ifPresent(a -> {
            if (a.delete()) {
                model.delete(memo);
            } else if (!a.text().strip().equals(memo.text()) || titleChanged(memo, a.title())) {
                model.change(memo, a.title(), a.text());
            }
        });
    }

    private static boolean titleChanged(MemoView memo, String title) {
        return !memo.segmentsOwn() && title != null && !title.isBlank() && !title.strip().equals(memo.title());
    }

    /** Shows what the memo is on, then the memo itself. */
    void open(MemoView memo) {
        showTarget(memo);
        edit(memo);
    }

    /** Brings a memo's target into sight: the transcript, the passage, the code retrieved, the participant's row. */
    void showTarget(MemoView memo) {
        switch (memo.target()) {
            case DOCUMENT -> {
                if (memo.documentId() != null) {
                    showTabOf(workspace.transcriptPane().root());
                    workspace.documentsPane().select(memo.documentId());
                    workspace.transcript().open(memo.documentId());
                }
            }
            case SEGMENT -> {
                if (memo.documentId() != null) {
                    showTabOf(workspace.transcriptPane().root());
                    workspace.documentsPane().select(memo.documentId());
                    workspace.transcript().reveal(memo.documentId(), memo.start(), memo.end());
                }
            }
            case CODE -> workspace.codebookPane().select(memo.on());
            case PARTICIPANT -> {
                showTabOf(workspace.participantsPane().root());
                workspace.participantsPane().select(memo.memo().targetId());
            }
            case PROJECT -> { }
        }
    }

    /** Selects, in every tab pane holding {@code node}, the tab that holds it. */
    private static void showTabOf(Node node) {
        for (Node child = node, parent = node.getParent(); parent != null; child = parent, parent = parent.getParent()) {
            if (parent instanceof TabPane tabs) {
                for (Tab t : tabs.getTabs()) {
                    if (contains(t.getContent(), node)) {
                        tabs.getSelectionModel().select(t);
                    }
                }
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String describe(MemoView memo) {
        return switch (memo.target()) {
            case PROJECT -> "the project";
            case SEGMENT -> "the passage " + memo.on();
            default -> MemosPane.kind(memo.target()).toLowerCase(Locale.ROOT) + " " + memo.on();
        };
    }

    private static String name(ParticipantView p) {
        return p.name() == null || p.name().isBlank() ? p.key() : p.key() + " (" + p.name() + ")";
    }

    private static String text(Optional<MemoView> memo) {
        return memo.map(MemoView::text).orElse(null);
    }
}
