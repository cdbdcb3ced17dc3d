package org.verbatim.ui;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyEvent;

/**
 * Type-ahead for a chooser of codes: letters typed while it has the focus (or its list is
 * open) find the first code whose name contains them — a name starting with them first — so
 * "china" reaches "Threats / China" among seventy codes without scrolling. A pause of a second
 * starts a new word; Backspace takes back a letter.
 */
final class TypeAhead {
    private static final long PAUSE_NANOS = 1_000_000_000L;

    private final ComboBox<String> box;
    private final StringBuilder typed = new StringBuilder();
    private long last;

    private TypeAhead(ComboBox<String> box) {
        this.box = box;
    }

    /** Lets the chooser be searched by typing. */
    static void install(ComboBox<String> box) {
        TypeAhead typeAhead = new TypeAhead(box);
        box.addEventFilter(KeyEvent.KEY_TYPED, typeAhead::typed);
        box.addEventFilter(KeyEvent.KEY_PRESSED, typeAhead::pressed);
        // The open list has the focus in its own popup: it hears the keys there.
        box.skinProperty().addListener((o, a, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> s && s.getPopupContent() instanceof ListView<?> list) {
                list.addEventFilter(KeyEvent.KEY_TYPED, typeAhead::typed);
                list.addEventFilter(KeyEvent.KEY_PRESSED, typeAhead::pressed);
            }
        });
        box.setTooltip(new Tooltip("Type part of a code's name to find it"));
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE && typed.length() > 0) {
            typed.setLength(typed.length() - 1);
            last = System.nanoTime();
            find(typed.toString()).ifPresent(this::choose);
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        String c = e.getCharacter();
        if (c == null || c.isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()
                || Character.isISOControl(c.charAt(0)) || c.equals(" ") && typed.length() == 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - last > PAUSE_NANOS) {
            typed.setLength(0);
        }
        last = now;
        typed.append(c);
        find(typed.toString()).ifPresent(this::choose);
        e.consume();
    }

    /** The first item whose last name starts with the text, else the first that contains it anywhere. */
    Optional<String> find(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return box.getItems().stream().filter(i -> AnalysisRows.leaf(i).toLowerCase(Locale.ROOT).startsWith(t))
                .findFirst()
                .or(() -> box.getItems().stream().filter(i -> matches(i, t)).findFirst());
    }

    /** Whether a code's path contains the typed text anywhere, ignoring case: what a code chooser keeps as one types. */
    static boolean matches(String path, String typed) {
        return path.toLowerCase(Locale.ROOT).contains(typed.strip().toLowerCase(Locale.ROOT));
    }

    private void choose(String item) {
        box.getSelectionModel().select(item);
        if (box.getSkin() instanceof ComboBoxListViewSkin<?> s && s.getPopupContent() instanceof ListView<?> list) {
            list.scrollTo(Math.max(0, box.getItems().indexOf(item) - 3));
        }
    }
}
