package org.verbatim.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyEvent;
import org.verbatim.project.CodeNode;
import org.verbatim.project.CodeTree;

/**
 * Type-ahead for a tree of codes to check: a field above the tree that keeps, as one types,
 * the codes whose path contains the text (with the codes above them, so each stays in its
 * place). Letters typed while the tree has the focus go into the field, as in the comparison
 * views' code choosers. Hidden codes keep their checks.
 */
final class CodeTreeFilter {
    private final TextField field = new TextField();

    /** {@code refill} builds the tree again; it asks {@link #keeps} which codes to show. */
    CodeTreeFilter(String id, TreeView<CodeNode> tree, Runnable refill) {
        field.setId(id);
        field.setPromptText("Type to find a code");
        field.textProperty().addListener((o, a, b) -> refill.run());
        field.disableProperty().bind(tree.disableProperty());
        tree.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (c == null || c.isEmpty() || c.equals(" ") || Character.isISOControl(c.charAt(0)) || e.isControlDown()
                    || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            field.requestFocus();
            field.appendText(c);
            field.end();
            e.consume();
        });
    }

    TextField field() {
        return field;
    }

    /** Whether anything is typed: then every shown code is opened so the matches are in sight. */
    boolean active() {
        return !field.getText().isBlank();
    }

    /** The paths to show: those that match, and every code above one that does. */
    Set<String> keeps(List<CodeNode> codes) {
        Set<String> kept = new HashSet<>();
        for (CodeNode n : codes) {
            if (!active() || TypeAhead.matches(n.path(), field.getText())) {
                List<String> names = CodeTree.parse(n.path());
                for (int i = 1; i <= names.size(); i++) {
                    kept.add(String.join(CodeTree.SEPARATOR, names.subList(0, i)));
                }
            }
        }
        return kept;
    }
}
