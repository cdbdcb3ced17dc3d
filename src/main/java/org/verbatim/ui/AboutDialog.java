package org.verbatim.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.verbatim.project.AboutVerbatim;

/** Help ▸ About: the version, the Java runtime and where the log and preferences are, in text that can be copied into a bug report. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        AboutVerbatim about = AboutVerbatim.current();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Verbatim");
        alert.setHeaderText("Verbatim " + about.version() + "\nQualitative coding of interviews and focus groups");
        TextArea facts = new TextArea(String.join("\n", about.lines().subList(1, about.lines().size())));
        facts.setId("about-facts");
        facts.setEditable(false);
        facts.setWrapText(true);
        facts.setPrefRowCount(4);
        facts.setPrefColumnCount(60);
        alert.getDialogPane().setContent(facts);
        alert.showAndWait();
    }
}
