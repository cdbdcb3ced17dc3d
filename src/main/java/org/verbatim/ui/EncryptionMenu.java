package org.verbatim.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.verbatim.project.ProjectEncryption;
import org.verbatim.project.TeamProjects;

/**
 * File › Encryption: Encrypt…, Decrypt… and Change password… for the open project. Each asks for
 * the passwords, then hands the change to whoever can close the project, run it in the
 * background and open the project again.
 */
final class EncryptionMenu {
    private EncryptionMenu() {
    }

    /** The menu for the project in {@code folder}; {@code changer} gets the change to run on the start screen's model. */
    static Menu of(Window owner, Path folder, Consumer<Consumer<StartViewModel>> changer) {
        String name = folder.getFileName().toString();
        MenuItem encrypt = Ui.item("Encrypt…", "mdi2l-lock-outline", () -> PasswordDialog.ask(owner,
                PasswordDialog.Purpose.ENCRYPT, name, null).ifPresent(a -> changer.accept(s -> s.encrypt(folder, a.next()))));
        encrypt.setId("menu-encrypt");
        MenuItem decrypt = Ui.item("Decrypt…", "mdi2l-lock-open-variant-outline", () -> PasswordDialog.ask(owner,
                PasswordDialog.Purpose.DECRYPT, name, null).ifPresent(a -> changer.accept(s -> s.decrypt(folder, a.current()))));
        decrypt.setId("menu-decrypt");
        MenuItem change = Ui.item("Change password…", "mdi2k-key-outline", () -> PasswordDialog.ask(owner,
                PasswordDialog.Purpose.CHANGE, name, null).ifPresent(a -> changer.accept(
                        s -> s.changePassword(folder, a.current(), a.next()))));
        change.setId("menu-change-password");
        boolean team = TeamProjects.isTeamProject(folder);
        boolean encrypted = ProjectEncryption.isEncrypted(folder);
        encrypt.setDisable(team || encrypted);
        decrypt.setDisable(team || !encrypted);
        change.setDisable(team || !encrypted);
        Menu menu = new Menu("Encryption", Ui.icon("mdi2s-shield-lock-outline"), encrypt, decrypt, change);
        menu.setId("menu-encryption");
        return menu;
    }
}
