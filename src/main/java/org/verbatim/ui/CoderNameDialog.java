package org.verbatim.ui;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Edit ▸ Coder name…: the name put on the segments this user codes, kept in the preferences. */
final class CoderNameDialog {
    private CoderNameDialog() {
    }

    static void ask(Window owner, PreferencesStore preferences) {
        TextInputDialog d = new TextInputDialog(preferences.get().coder());
        d.initOwner(owner);
        d.setTitle("Coder name");
        d.setHeaderText("Your name on the segments you code");
        d.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(s -> preferences.update(p -> p.withCoder(s)));
    }
}
