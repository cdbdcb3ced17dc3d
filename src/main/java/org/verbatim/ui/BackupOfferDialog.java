package org.verbatim.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** Asks whether to restore the newest backup of a project that cannot be opened because it is damaged. */
final class BackupOfferDialog {
    static final ButtonType RESTORE = new ButtonType("Restore and open", ButtonBar.ButtonData.OK_DONE);

    private BackupOfferDialog() {
    }

    /** Shows the dialog whenever the start screen has a backup to offer. */
    static void watch(StartViewModel start, Stage owner) {
        start.backupOffer().addListener((o, before, offer) -> {
            if (offer != null) {
                Platform.runLater(() -> ask(start, owner, offer));
            }
        });
    }

    private static void ask(StartViewModel start, Stage owner, BackupOffers.Offer offer) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", RESTORE, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Damaged project");
        alert.setHeaderText(offer.damaged().getFileName() + " cannot be opened: its database is damaged");
        String made = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                .format(offer.made());
        alert.setContentText("Its newest backup was made on " + made + ". Restore it into "
                + offer.restoreInto().getFileName() + " beside it and open that?\n\nChanges made after the backup are"
                + " not in it. The damaged project stays as it is: to salvage what can still be read from it, run\n"
                + "verbatim recover " + offer.damaged() + " --out NEW.verbatim");
        alert.getDialogPane().setId("backup-offer");
        alert.getDialogPane().setMinWidth(560);
        alert.setResizable(true);
        if (alert.showAndWait().filter(RESTORE::equals).isPresent()) {
            start.restore(offer);
        } else {
            start.dismissBackupOffer();
        }
    }
}
