package org.verbatim.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.verbatim.project.CorrectionReport;
import org.verbatim.project.SegmentChange;
import org.verbatim.project.SegmentChange.Kind;

/**
 * What saving a corrected text does to the coding, shown before anything is saved: how many
 * segments stay, move, shrink, grow or change words, each one that does not simply stay or
 * move, and those that would lose all their words — which go only when the box confirming it
 * is ticked.
 */
final class CorrectionDialog {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType BACK = new ButtonType("Back to editing", ButtonBar.ButtonData.CANCEL_CLOSE);

    private CorrectionDialog() {
    }

    /** Shows the report; present (whether lost segments may go) when the user chose Save. */
    static Optional<Boolean> show(Window owner, CorrectionReport report) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save the corrected text");
        dialog.setHeaderText(report.document() + ": " + report.summary());
        Label counts = new Label(Plural.of(report.count(Kind.UNCHANGED), "segment") + " unchanged, "
                + report.count(Kind.MOVES) + " move, " + report.count(Kind.SHRINKS) + " shrink, "
                + report.count(Kind.GROWS) + " grow, " + report.count(Kind.CHANGES) + " change words, "
                + report.count(Kind.LOSES_ALL_WORDS) + " lose all their words");
        counts.setId("correction-counts");
        counts.setWrapText(true);
        Label words = new Label("Words " + report.wordsBefore() + " → " + report.wordsAfter() + ", turns "
                + report.turnsBefore() + " → " + report.turnsAfter());
        words.getStyleClass().add("muted");
        TableView<SegmentChange> table = new TableView<>();
        table.setId("correction-segments");
        table.getItems().setAll(report.segments().stream()
                .filter(c -> c.kind() != Kind.UNCHANGED && c.kind() != Kind.MOVES).toList());
        table.getColumns().add(column("What happens", 130, c -> describe(c.kind())));
        table.getColumns().add(column("Code", 200, SegmentChange::code));
        table.getColumns().add(column("Coder", 90, SegmentChange::coder));
        table.getColumns().add(column("Words before", 270, SegmentChange::oldText));
        table.getColumns().add(column("Words after", 270, SegmentChange::newText));
        table.setPlaceholder(new Label("Every segment keeps its words"));
        table.setPrefSize(990, 240);
        VBox content = new VBox(8, counts, words, table);
        dialog.getDialogPane().getButtonTypes().addAll(SAVE, BACK);
        CheckBox confirm = new CheckBox();
        confirm.setId("confirm-lost");
        if (report.losesSegments()) {
            int lost = report.count(Kind.LOSES_ALL_WORDS);
            confirm.setText("Remove the " + Plural.of(lost, "segment") + " that would lose all their words"
                    + " (undo brings them back)");
            content.getChildren().add(confirm);
            dialog.getDialogPane().lookupButton(SAVE).disableProperty().bind(confirm.selectedProperty().not());
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(1020);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.setResultConverter(button -> button == SAVE ? confirm.isSelected() : null);
        return dialog.showAndWait();
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case SHRINKS -> "shrinks";
            case GROWS -> "grows";
            case CHANGES -> "words change";
            case LOSES_ALL_WORDS -> "loses all its words";
            default -> "";
        };
    }

    private static TableColumn<SegmentChange, String> column(String title, double width,
                                                             java.util.function.Function<SegmentChange, String> value) {
        TableColumn<SegmentChange, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue()).replace('\n', ' ')));
        c.setPrefWidth(width);
        return c;
    }
}
