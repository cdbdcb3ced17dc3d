package org.verbatim.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an encrypted project's password: to open it (again, saying so, after a wrong one), or
 * to encrypt it, decrypt it or change its password. A new password is typed twice and the dialog
 * goes on only when both agree. Passwords are handed on and never stored.
 */
final class PasswordDialog {
    /** The current password (null when encrypting) and the new one (null when opening or decrypting). */
    record Answer(String current, String next) { }

    /** What the dialog is for. */
    enum Purpose {
        OPEN("Open encrypted project", "Open", true, false),
        ENCRYPT("Encrypt project", "Encrypt", false, true),
        DECRYPT("Decrypt project", "Decrypt", true, false),
        CHANGE("Change password", "Change password", true, true);

        final String title;
        final String action;
        final boolean asksCurrent;
        final boolean asksNew;

        Purpose(String title, String action, boolean asksCurrent, boolean asksNew) {
            this.title = title;
            this.action = action;
            this.asksCurrent = asksCurrent;
            this.asksNew = asksNew;
        }

        String header(String project) {
            return switch (this) {
                case OPEN -> project + " is encrypted. Its password:";
                case ENCRYPT -> "Encrypt " + project + " with a password. Without it nothing in the project can be"
                        + " recovered: keep it safe.";
                case DECRYPT -> "Decrypt " + project + ": afterwards its files are in clear and it opens without a password.";
                case CHANGE -> "Change the password of " + project + ". The old password will no longer open it.";
            };
        }
    }

    private PasswordDialog() {
    }

    /** Shows the dialog; {@code error} (or null) is said above the fields, e.g. after a wrong password. */
    static Optional<Answer> ask(Window owner, Purpose purpose, String project, String error) {
        PasswordField current = field("password-current");
        PasswordField next = field("password-new");
        PasswordField again = field("password-again");
        Label problem = new Label(error == null ? "" : error);
        problem.setId("password-error");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        if (purpose.asksCurrent) {
            row = add(form, row, purpose == Purpose.CHANGE ? "Current password" : "Password", current);
        }
        if (purpose.asksNew) {
            row = add(form, row, "New password", next);
            add(form, row, "Again", again);
        }
        BooleanBinding differ = Bindings.createBooleanBinding(() -> purpose.asksNew
                && !again.getText().isEmpty() && !next.getText().equals(again.getText()), next.textProperty(), again.textProperty());
        problem.textProperty().bind(Bindings.when(differ).then("The two new passwords differ")
                .otherwise(error == null ? "" : error));

        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(purpose.title);
        d.setHeaderText(purpose.header(project));
        d.getDialogPane().setContent(new VBox(10, problem, form));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        ButtonType go = new ButtonType(purpose.action, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        BooleanBinding incomplete = Bindings.createBooleanBinding(() ->
                purpose.asksCurrent && current.getText().isEmpty()
                        || purpose.asksNew && (next.getText().isEmpty() || !next.getText().equals(again.getText())),
                current.textProperty(), next.textProperty(), again.textProperty());
        d.getDialogPane().lookupButton(go).disableProperty().bind(incomplete);
        d.setOnShown(e -> (purpose.asksCurrent ? current : next).requestFocus());
        d.setResultConverter(b -> b != go ? null : new Answer(purpose.asksCurrent ? current.getText() : null,
                purpose.asksNew ? next.getText() : null));
        return d.showAndWait();
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }

    private static int add(GridPane form, int row, String label, Node field) {
        form.add(new Label(label), 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }
}
