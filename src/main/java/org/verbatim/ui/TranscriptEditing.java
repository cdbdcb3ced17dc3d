package org.verbatim.ui;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.InlineCssTextArea;
import org.reactfx.Subscription;

/**
 * The transcript's edit mode: the bar above the text (Edit text and Versions while reading;
 * Split turn, Join turns, Save…, Cancel while editing), the text area
 * made editable, and the highlights laid again over the text shortly after each change.
 */
final class TranscriptEditing {
    private final CorrectionViewModel model;
    private final TranscriptPane pane;
    private final InlineCssTextArea area;
    private final HBox reading;
    private final HBox editing;
    private final HBox bar;
    private Subscription typing;

    TranscriptEditing(CorrectionViewModel model, TranscriptPane pane, TranscriptViewModel transcript) {
        this.model = model;
        this.pane = pane;
        this.area = pane.area();
        Button edit = Ui.button("Edit text", "mdi2p-pencil", "Correct words, speaker labels and turns;"
                + " the coding follows the words", this::start);
        edit.setId("edit-text");
        ChangeControls.disable(model.session(), transcript.document().isNull(), edit);
        Button versions = Ui.button("Versions…", "mdi2h-history", "Earlier versions of this text and what changed",
                () -> VersionsDialog.show(area.getScene().getWindow(), model,
                        transcript.document().get().document().name()));
        versions.setId("versions");
        versions.disableProperty().bind(transcript.document().isNull());
        reading = new HBox(6, edit, versions);

        Label hint = new Label("Editing");
        hint.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button split = Ui.button("Split turn", "mdi2c-call-split", "Start a new turn of the same speaker at the caret",
                () -> change(CorrectionViewModel.split(area.getText(), area.getCaretPosition())));
        split.setId("split-turn");
        Button join = Ui.button("Join turns", "mdi2c-call-merge",
                "Join the caret's line to the line before, without its speaker label",
                () -> change(CorrectionViewModel.join(area.getText(), area.getCaretPosition())));
        join.setId("join-turn");
        Button save = Ui.button("Save…", "mdi2c-content-save", "See what saving does to the coding, then save",
                this::review);
        save.setId("review-correction");
        save.setDefaultButton(false);
        // The draft stays while the server is away; it is saved once the server is back.
        ChangeControls.disable(model.session(), save);
        Button cancel = Ui.button("Cancel", null, "Leave edit mode without saving", this::cancel);
        cancel.setId("cancel-correction");
        hint.setTooltip(new javafx.scene.control.Tooltip("Highlights follow the words as you type"));
        editing = new HBox(6, hint, gap, split, join, save, cancel);
        for (Button b : new Button[] {split, join, save, cancel, edit, versions}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        editing.getStyleClass().add("edit-bar");
        for (HBox box : new HBox[] {reading, editing}) {
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }
        bar = new HBox(reading);
        bar.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        model.editing().addListener((o, was, now) -> {
            if (!now) {
                stop();
            }
        });
        model.liveLayers().addListener((o, a, layers) -> {
            if (model.editing().get()) {
                pane.styleWhileEditing(layers);
            }
        });
    }

    HBox bar() {
        return bar;
    }

    private void start() {
        if (!model.start()) {
            return;
        }
        pane.beginEditing();
        area.getUndoManager().forgetHistory();
        area.setEditable(true);
        bar.getChildren().setAll(editing);
        typing = area.multiPlainChanges().successionEnds(Duration.ofMillis(120))
                .subscribe(changes -> model.draftChanged(area.getText()));
        area.requestFocus();
    }

    private void change(CorrectionViewModel.Edit edit) {
        if (edit == null) {
            return;
        }
        area.replaceText(edit.start(), edit.end(), edit.text());
        area.moveTo(edit.start() + edit.text().length());
        area.requestFocus();
    }

    private void review() {
        model.draftChanged(area.getText());
        model.review(report -> CorrectionDialog.show(area.getScene().getWindow(), report)
                .ifPresent(model::save));
    }

    private void cancel() {
        model.cancel();
    }

    /** Back to reading: the area is read-only again and shows the saved text. */
    private void stop() {
        if (typing != null) {
            typing.unsubscribe();
            typing = null;
        }
        area.setEditable(false);
        bar.getChildren().setAll(reading);
        pane.endEditing(model.endedBySaving());
    }
}
