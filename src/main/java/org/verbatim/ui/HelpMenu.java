package org.verbatim.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The Help menu: the user guide (shipped with the application), the keyboard shortcuts (read
 * from the menus themselves, so the list is always the one the window has) and About Verbatim.
 */
final class HelpMenu {
    /** Keys that are not on a menu item. */
    private static final List<String[]> OTHER_KEYS = List.of(
            new String[] {"Ctrl+1 … (a code's own shortcut)", "Code the selection with that code (set in the codebook)"},
            new String[] {"Shift+Alt+Right / Left", "Move the selected segment's end a word later / earlier"},
            new String[] {"Shift+Alt+Up / Down", "Move the selected segment's start a word earlier / later"},
            new String[] {"Enter / Shift+Enter", "In the search field: next / previous hit"},
            new String[] {"Delete", "In the codebook: delete the chosen code (asks first)"});

    private HelpMenu() {
    }

    /** Help ▸ User guide (F1), Keyboard shortcuts, About Verbatim, for the window {@code owner} and its {@code bar}. */
    static Menu of(Window owner, MenuBar bar) {
        MenuItem guide = Ui.item("User guide", "mdi2h-help-circle-outline", () -> GuideWindow.show(owner));
        guide.setId("menu-guide");
        guide.setAccelerator(KeyCombination.valueOf("F1"));
        MenuItem keys = Ui.item("Keyboard shortcuts", "mdi2k-keyboard-outline", () -> shortcuts(owner, bar));
        keys.setId("menu-shortcuts");
        MenuItem about = Ui.item("About Verbatim", "mdi2i-information-outline", () -> AboutDialog.show(owner));
        about.setId("menu-about");
        return new Menu("_Help", null, guide, keys, about);
    }

    /** Every menu item with keys, as "Menu ▸ Item", then the keys that are not on a menu. */
    static List<String[]> shortcuts(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu.getText().replace("_", ""), menu.getItems(), rows);
        }
        rows.addAll(OTHER_KEYS);
        return rows;
    }

    private static void collect(String path, List<MenuItem> items, List<String[]> rows) {
        for (MenuItem item : items) {
            String name = path + " ▸ " + (item.getText() == null ? "" : item.getText().replace("_", ""));
            if (item instanceof Menu sub) {
                collect(name, sub.getItems(), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new String[] {item.getAccelerator().getDisplayText(), name});
            }
        }
    }

    private static void shortcuts(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : shortcuts(bar)) {
            Label keys = new Label(r[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(r[1]));
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(640, 460);
        scroll.setFitToWidth(true);
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Keyboard shortcuts");
        d.setHeaderText("Keyboard shortcuts (Ctrl is ⌘ on a Mac)");
        d.getDialogPane().setContent(scroll);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
