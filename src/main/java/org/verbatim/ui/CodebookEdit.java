package org.verbatim.ui;

import java.util.List;
import org.verbatim.project.CodeTree;
import org.verbatim.project.CodesSnapshot;
import org.verbatim.project.Project;

/**
 * Codebook edits in the undo history. They name codes by path, which is sound because the
 * history is undone strictly newest first: when an edit is undone, every later rename or move
 * has been undone already, so its paths are the ones it was made with. Deleting and merging
 * keep a snapshot of what they removed and undo by putting it back with the same ids.
 */
abstract class CodebookEdit implements CodingEdit {

    /** The path of a code named {@code name} under {@code parentPath} (null: the top level). */
    static String under(String parentPath, String name) {
        return parentPath == null ? name : parentPath + CodeTree.SEPARATOR + name;
    }

    /** The path of the parent of the code at {@code path}, or null at the top level. */
    static String parentOf(String path) {
        List<String> names = CodeTree.parse(path);
        return names.size() == 1 ? null : String.join(CodeTree.SEPARATOR, names.subList(0, names.size() - 1));
    }

    static String nameOf(String path) {
        List<String> names = CodeTree.parse(path);
        return names.get(names.size() - 1);
    }

    /** A new code; undone by deleting it (it has no segments: any coding with it came later and was undone first). */
    static final class Add extends CodebookEdit {
        private final String path;

        Add(String path) {
            this.path = path;
        }

        @Override
        public String label() {
            return "New code " + path;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.addCode(path, null, null, null);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.deleteCode(path, false);
        }
    }

    static final class Rename extends CodebookEdit {
        private final String path;
        private final String newName;

        Rename(String path, String newName) {
            this.path = path;
            this.newName = newName;
        }

        @Override
        public String label() {
            return "Rename " + path + " to " + newName;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.renameCode(path, newName);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.renameCode(under(parentOf(path), newName), nameOf(path));
        }
    }

    /** A new colour, description or shortcut; undone by setting back what the code had. */
    static final class Details extends CodebookEdit {
        private final String what;
        private final String path;
        private final org.verbatim.model.Code before;
        private final String colour;
        private final String description;
        private final String shortcut;

        /** Null leaves a field as it is; blank clears it. */
        Details(String what, String path, org.verbatim.model.Code before, String colour, String description, String shortcut) {
            this.what = what;
            this.path = path;
            this.before = before;
            this.colour = colour;
            this.description = description;
            this.shortcut = shortcut;
        }

        @Override
        public String label() {
            return what + " of " + path;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.editCode(path, colour, description, shortcut);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.editCode(path, before.color(), blank(before.description()), blank(before.shortcut()));
        }

        private static String blank(String value) {
            return value == null ? "" : value;
        }
    }

    static final class Move extends CodebookEdit {
        private final String path;
        private final String newParent;

        /** Moves the code at {@code path} under {@code newParent} (null: to the top level). */
        Move(String path, String newParent) {
            this.path = path;
            this.newParent = newParent;
        }

        @Override
        public String label() {
            return "Move " + path + (newParent == null ? " to the top level" : " under " + newParent);
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            project.moveCode(path, newParent);
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.moveCode(under(newParent, nameOf(path)), parentOf(path));
        }
    }

    /** Merging one code into another; undone by putting both code trees back as they were. */
    static final class Merge extends CodebookEdit {
        private final String source;
        private final String target;
        private CodesSnapshot before;
        private int moved;

        Merge(String source, String target) {
            this.source = source;
            this.target = target;
        }

        @Override
        public String label() {
            return "Merge " + source + " into " + target;
        }

        /** Segments the merge moved (after it is done). */
        int moved() {
            return moved;
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            var merge = project.codebookUndo().merge(source, target);
            before = merge.before();
            moved = merge.segmentsMoved();
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.codebookUndo().restore(before);
        }
    }

    /** Deleting a code with its sub-codes and segments; undone by putting them all back, ids and memos included. */
    static final class Delete extends CodebookEdit {
        private final String path;
        private CodesSnapshot before;

        Delete(String path) {
            this.path = path;
        }

        @Override
        public String label() {
            return "Delete " + path;
        }

        /** Segments deleted with the code (after it is done). */
        int deleted() {
            return before == null ? 0 : before.segmentCount();
        }

        @Override
        public void apply(Project project, SegmentIds ids) {
            before = project.codebookUndo().delete(path).before();
        }

        @Override
        public void revert(Project project, SegmentIds ids) {
            project.codebookUndo().restore(before);
        }
    }
}
