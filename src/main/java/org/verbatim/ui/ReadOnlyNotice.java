package org.verbatim.ui;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.verbatim.project.ReadOnlyCause;

/**
 * The notice under the menus of a project opened for reading only: that it is read-only, why in
 * plain words, and what the user can do about it. It stays for the whole opening (the cause is
 * fixed when the project is opened) and takes no room for a project that can be changed.
 */
final class ReadOnlyNotice {
    private ReadOnlyNotice() {
    }

    static Label of(Session session) {
        Label notice = new Label();
        notice.setId("read-only-notice");
        notice.getStyleClass().add("read-only-notice");
        notice.setGraphic(Ui.icon("mdi2p-pencil-off-outline"));
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setWrapText(true);
        session.readOnlyCause().ifPresentOrElse(cause -> {
            notice.setText(text(cause));
            notice.setTooltip(new Tooltip(session.readOnlyReason()));
        }, () -> {
            notice.setVisible(false);
            notice.setManaged(false);
        });
        return notice;
    }

    /** What the notice says for each cause. */
    static String text(ReadOnlyCause cause) {
        String canStill = " You can read, search and export;";
        return "Read-only: " + switch (cause) {
            case READ_ONLY_DISK -> "this project is on a read-only disk or mount." + canStill
                    + " to change it, copy its folder to a writable place and open the copy.";
            case NO_PERMISSION -> "you do not have permission to write to this project's folder." + canStill
                    + " to change it, ask its owner, or copy it to a folder of your own.";
            case READ_ONLY_DATABASE -> "the project's database file (project.mv.db) is write-protected." + canStill
                    + " to change it, make the file writable, then close the project and open it again.";
            case DISK_FULL -> "the disk is full, so nothing can be saved." + canStill
                    + " to change the project, free space on the disk, then close the project and open it again.";
        };
    }
}
