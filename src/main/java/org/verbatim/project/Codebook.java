package org.verbatim.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verbatim.exchange.CodebookEntry;
import org.verbatim.model.Code;
import org.verbatim.model.Memo.MemoTarget;
import org.verbatim.model.Segment;
import org.verbatim.store.CodeTable;
import org.verbatim.store.Tx;

/** The codebook's use cases, each run inside the caller's transaction. */
final class Codebook {
    private Codebook() {
    }

    /** A code found or made by {@link #ensure}: {@code created} lists the paths that did not exist. */
    record Ensured(Code code, List<String> created) { }

    static CodeTree tree(Tx tx) {
        return new CodeTree(tx.codes().all());
    }

    static List<CodeNode> list(Tx tx) {
        CodeTree tree = tree(tx);
        Map<Long, Long> counts = tx.codes().segmentCounts();
        List<CodeNode> out = new ArrayList<>();
        for (Code c : tree.depthFirst()) {
            long own = counts.getOrDefault(c.id(), 0L);
            long all = tree.subtree(c.id()).stream().mapToLong(s -> counts.getOrDefault(s.id(), 0L)).sum();
            out.add(new CodeNode(c, tree.path(c.id()), tree.depth(c.id()), own, all));
        }
        return out;
    }

    /** The code at {@code path}, creating it and any missing parents. */
    static Ensured ensure(Tx tx, String path) {
        CodeTable codes = tx.codes();
        Long parent = null;
        Code code = null;
        List<String> created = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (String name : CodeTree.parse(path)) {
            walked.add(name);
            code = codes.child(parent, name).orElse(null);
            if (code == null) {
                long id = codes.insert(parent, name, Palette.colour(codes.count()), null, null);
                code = codes.find(id).orElseThrow();
                created.add(String.join(CodeTree.SEPARATOR, walked));
            }
            parent = code.id();
        }
        return new Ensured(code, created);
    }

    static Code add(Tx tx, String path, String colour, String description, String shortcut) {
        if (tree(tx).find(path).isPresent()) {
            throw new ProjectException("The code '" + String.join(CodeTree.SEPARATOR, CodeTree.parse(path)) + "' already exists");
        }
        checkShortcut(tx, shortcut, null);
        Code code = ensure(tx, path).code();
        Code edited = new Code(code.id(), code.parentId(), code.name(),
                colour == null ? code.color() : Palette.checked(colour), description, blankToNull(shortcut));
        tx.codes().update(edited);
        return edited;
    }

    static Code edit(Tx tx, String path, String colour, String description, String shortcut) {
        Code code = tree(tx).require(path);
        if (shortcut != null) {
            checkShortcut(tx, shortcut, code.id());
        }
        Code edited = new Code(code.id(), code.parentId(), code.name(),
                colour == null ? code.color() : Palette.checked(colour),
                description == null ? code.description() : blankToNull(description),
                shortcut == null ? code.shortcut() : blankToNull(shortcut));
        tx.codes().update(edited);
        return edited;
    }

    static Code rename(Tx tx, String path, String newName) {
        Code code = tree(tx).require(path);
        String name = checkName(newName);
        if (tx.codes().child(code.parentId(), name).filter(c -> c.id() != code.id()).isPresent()) {
            throw new ProjectException("A code named '" + name + "' already exists at that level");
        }
        Code renamed = new Code(code.id(), code.parentId(), name, code.color(), code.description(), code.shortcut());
        tx.codes().update(renamed);
        return renamed;
    }

    /** Moves a code (with its sub-codes) under {@code newParentPath}, or to the top level when null. */
    static Code move(Tx tx, String path, String newParentPath) {
        CodeTree tree = tree(tx);
        Code code = tree.require(path);
        Long parentId = null;
        if (newParentPath != null) {
            Code parent = tree.require(newParentPath);
            if (tree.subtree(code.id()).stream().anyMatch(c -> c.id() == parent.id())) {
                throw new ProjectException("Cannot move '" + tree.path(code.id()) + "' under itself or one of its sub-codes");
            }
            parentId = parent.id();
        }
        if (tx.codes().child(parentId, code.name()).filter(c -> c.id() != code.id()).isPresent()) {
            throw new ProjectException("A code named '" + code.name() + "' already exists there; merge them instead");
        }
        Code moved = new Code(code.id(), parentId, code.name(), code.color(), code.description(), code.shortcut());
        tx.codes().update(moved);
        return moved;
    }

    /**
     * Merges {@code sourcePath} into {@code targetPath}: its segments and sub-codes move to the
     * target (a segment the target already has is not doubled) and the source code is deleted.
     * Returns the number of segments moved.
     */
    static int merge(Tx tx, String sourcePath, String targetPath) {
        CodeTree tree = tree(tx);
        Code source = tree.require(sourcePath);
        Code target = tree.require(targetPath);
        if (source.id() == target.id()) {
            throw new ProjectException("A code cannot be merged into itself");
        }
        if (tree.subtree(source.id()).stream().anyMatch(c -> c.id() == target.id())) {
            throw new ProjectException("Cannot merge '" + tree.path(source.id()) + "' into one of its own sub-codes");
        }
        return mergeInto(tx, source, target);
    }

    private static int mergeInto(Tx tx, Code source, Code target) {
        int moved = 0;
        for (Segment s : tx.segments().ofCode(source.id())) {
            if (tx.segments().findSame(s.documentId(), target.id(), s.coderId(), s.start(), s.end()).isPresent()) {
                tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
                tx.segments().delete(s.id());
            } else {
                tx.segments().moveToCode(s.id(), target.id());
                moved++;
            }
        }
        for (Code child : tx.codes().children(source.id())) {
            var clash = tx.codes().child(target.id(), child.name());
            if (clash.isPresent()) {
                moved += mergeInto(tx, child, clash.get());
            } else {
                tx.codes().update(new Code(child.id(), target.id(), child.name(), child.color(), child.description(),
                        child.shortcut()));
            }
        }
        tx.memos().deleteAttachedTo(MemoTarget.CODE, source.id());
        tx.codes().delete(source.id());
        return moved;
    }

    /**
     * Deletes a code and its sub-codes. When they have segments, {@code force} must be given;
     * the segments go too. Returns the number of segments deleted.
     */
    static int delete(Tx tx, String path, boolean force) {
        CodeTree tree = tree(tx);
        Code code = tree.require(path);
        List<Code> subtree = tree.subtree(code.id());
        List<Segment> segments = new ArrayList<>();
        for (Code c : subtree) {
            segments.addAll(tx.segments().ofCode(c.id()));
        }
        if (!segments.isEmpty() && !force) {
            throw new ProjectException("The code '" + tree.path(code.id()) + "' has " + segments.size()
                    + (segments.size() == 1 ? " segment" : " segments") + (subtree.size() > 1 ? " (with its sub-codes)" : "")
                    + "; deleting it deletes " + (segments.size() == 1 ? "that" : "them") + " too. Give --force to do so.");
        }
        for (Segment s : segments) {
            tx.memos().deleteAttachedTo(MemoTarget.SEGMENT, s.id());
            tx.segments().delete(s.id());
        }
        for (int i = subtree.size() - 1; i >= 0; i--) {
            tx.memos().deleteAttachedTo(MemoTarget.CODE, subtree.get(i).id());
            tx.codes().delete(subtree.get(i).id());
        }
        return segments.size();
    }

    /** Result of a codebook import: codes created and codes whose details were updated. */
    record ImportCounts(int created, int updated) { }

    /** Adds the codes of a codebook file to this codebook, matching existing codes by path. */
    static ImportCounts importEntries(Tx tx, List<CodebookEntry> entries) {
        int[] counts = new int[2];
        importLevel(tx, null, entries, counts);
        return new ImportCounts(counts[0], counts[1]);
    }

    private static void importLevel(Tx tx, Long parentId, List<CodebookEntry> entries, int[] counts) {
        for (CodebookEntry e : entries) {
            String name = checkName(e.name());
            var existing = tx.codes().child(parentId, name);
            long id;
            if (existing.isPresent()) {
                Code c = existing.get();
                Code updated = new Code(c.id(), c.parentId(), c.name(),
                        e.color() == null ? c.color() : Palette.checked(e.color()),
                        e.description() == null ? c.description() : e.description(),
                        e.shortcut() == null ? c.shortcut() : e.shortcut());
                if (!updated.equals(c)) {
                    checkShortcut(tx, updated.shortcut(), c.id());
                    tx.codes().update(updated);
                    counts[1]++;
                }
                id = c.id();
            } else {
                checkShortcut(tx, e.shortcut(), null);
                String colour = e.color() == null ? Palette.colour(tx.codes().count()) : Palette.checked(e.color());
                id = tx.codes().insert(parentId, name, colour, e.description(), blankToNull(e.shortcut()));
                counts[0]++;
            }
            importLevel(tx, id, e.children(), counts);
        }
    }

    static List<CodebookEntry> export(Tx tx) {
        CodeTree tree = tree(tx);
        return exportLevel(tree, null);
    }

    private static List<CodebookEntry> exportLevel(CodeTree tree, Long parentId) {
        List<CodebookEntry> out = new ArrayList<>();
        for (Code c : tree.childrenOf(parentId)) {
            out.add(new CodebookEntry(c.name(), c.color(), c.description(), c.shortcut(), exportLevel(tree, c.id())));
        }
        return out;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new ProjectException("A code needs a name");
        }
        if (name.contains("/")) {
            throw new ProjectException("The code name '" + name + "' contains '/', which separates code paths");
        }
        return name.strip();
    }

    private static void checkShortcut(Tx tx, String shortcut, Long ownId) {
        if (shortcut == null || shortcut.isBlank()) {
            return;
        }
        for (Code c : tx.codes().all()) {
            if (shortcut.equalsIgnoreCase(c.shortcut()) && (ownId == null || c.id() != ownId)) {
                throw new ProjectException("The shortcut " + shortcut + " is already used by '" + tree(tx).path(c.id()) + "'");
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
