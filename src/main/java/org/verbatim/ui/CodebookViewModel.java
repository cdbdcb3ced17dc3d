package org.verbatim.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.verbatim.project.CodeNode;
import org.verbatim.project.Project;

/**
 * The codebook pane: the code tree with counts, colours and shortcuts, and its editing —
 * new, rename, recolour, describe, shortcut, move, merge, delete. Every edit commits at once
 * and joins the project's undo history; a refused edit leaves the codebook as it was and says
 * why in the status line.
 */
public final class CodebookViewModel {
    private final Session session;
    private final ObservableList<CodeNode> codes = FXCollections.observableArrayList();
    private Map<Long, String> colours = Map.of();
    private final List<BiConsumer<String, String>> renamed = new java.util.ArrayList<>();

    public CodebookViewModel(Session session) {
        this.session = session;
        session.changes().addListener((o, a, b) -> reload());
    }

    public void reload() {
        session.read("Reading the codebook", Project::codes, list -> {
            Map<Long, String> byId = new HashMap<>();
            list.forEach(n -> byId.put(n.code().id(), n.code().color()));
            colours = byId;
            Map<Long, String> pathsBefore = new HashMap<>();
            codes.forEach(n -> pathsBefore.put(n.code().id(), n.path()));
            codes.setAll(list);
            // A code renamed or moved keeps its id: whoever holds its old path hears the new one.
            for (CodeNode n : list) {
                String before = pathsBefore.get(n.code().id());
                if (before != null && !before.equals(n.path())) {
                    renamed.forEach(r -> r.accept(before, n.path()));
                }
            }
        });
    }

    /** Hears {@code (old path, new path)} whenever a code is renamed or moved, so choices made elsewhere follow it. */
    public void onRenamed(BiConsumer<String, String> listener) {
        renamed.add(listener);
    }

    /** {@code path} with the code at {@code before} (or one above it) now at {@code after}; null when it is not under it. */
    static String followed(String path, String before, String after) {
        if (path == null) {
            return null;
        }
        if (path.equals(before)) {
            return after;
        }
        String below = before + org.verbatim.project.CodeTree.SEPARATOR;
        return path.startsWith(below) ? after + org.verbatim.project.CodeTree.SEPARATOR + path.substring(below.length())
                : null;
    }

    /** The codes depth first, as the tree shows them. */
    public ObservableList<CodeNode> codes() {
        return codes;
    }

    /** A code's colour ({@code #RRGGBB}); grey for a code not (yet) known. */
    public String colour(long codeId) {
        return colours.getOrDefault(codeId, "#999999");
    }

    public Optional<CodeNode> find(String path) {
        return codes.stream().filter(n -> n.path().equals(path)).findFirst();
    }

    /** The codes that have a keyboard shortcut. */
    public List<CodeNode> withShortcuts() {
        return codes.stream().filter(n -> n.code().shortcut() != null && !n.code().shortcut().isBlank()).toList();
    }

    /** Code paths containing {@code typed} (case-insensitive), for the "Code with…" type-ahead. */
    public List<String> matching(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return codes.stream().map(CodeNode::path).filter(p -> p.toLowerCase(java.util.Locale.ROOT).contains(t)).toList();
    }

    /** Adds a code under {@code parentPath} (null: at the top level). */
    public void add(String parentPath, String name) {
        edit(new CodebookEdit.Add(CodebookEdit.under(parentPath, name)));
    }

    public void rename(String path, String newName) {
        edit(new CodebookEdit.Rename(path, newName));
    }

    public void recolour(String path, String colour) {
        details("Colour", path, colour, null, null);
    }

    public void describe(String path, String description) {
        details("Description", path, null, description == null ? "" : description, null);
    }

    /** Sets the shortcut (for example {@code Ctrl+1}); blank removes it. */
    public void setShortcut(String path, String shortcut) {
        details("Shortcut", path, null, null, shortcut == null ? "" : shortcut);
    }

    private void details(String what, String path, String colour, String description, String shortcut) {
        find(path).ifPresentOrElse(
                node -> edit(new CodebookEdit.Details(what, path, node.code(), colour, description, shortcut)),
                () -> session.history().say("There is no code " + path));
    }

    /** Moves a code under another (null: to the top level). */
    public void move(String path, String newParentPath) {
        edit(new CodebookEdit.Move(path, newParentPath));
    }

    public void merge(String sourcePath, String targetPath) {
        CodebookEdit.Merge merge = new CodebookEdit.Merge(sourcePath, targetPath);
        session.history().perform(merge, () -> "Merged " + sourcePath + " into " + targetPath + ": "
                + Plural.of(merge.moved(), "segment") + " moved (Ctrl+Z undoes)", null);
    }

    /** Deletes a code, its sub-codes and their segments (the view has asked the user first); Ctrl+Z brings all back. */
    public void delete(String path) {
        CodebookEdit.Delete delete = new CodebookEdit.Delete(path);
        session.history().perform(delete, () -> "Deleted " + path + " with " + Plural.of(delete.deleted(), "segment")
                + " (Ctrl+Z undoes)", null);
    }

    private void edit(CodebookEdit edit) {
        session.history().perform(edit);
    }
}
