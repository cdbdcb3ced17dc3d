package org.verbatim.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.verbatim.project.ProjectEncryption;

/**
 * Where the command line gets an encrypted project's password: the environment variable
 * {@code VERBATIM_PASSWORD} (for scripts), else a prompt on the terminal that does not echo. A new
 * password is asked twice; in a script it comes from {@code VERBATIM_NEW_PASSWORD} when a command
 * needs both the old and the new one.
 */
final class PasswordSource {
    static final String PASSWORD = "VERBATIM_PASSWORD";
    static final String NEW_PASSWORD = "VERBATIM_NEW_PASSWORD";

    /** Reads the environment; tests replace it, as they cannot set a variable of their own process. */
    static Function<String, String> environment = System::getenv;
    /** Asks on the terminal without echo; null when there is no terminal. Tests replace it. */
    static Function<String, char[]> terminal = prompt -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    };

    private PasswordSource() {
    }

    /** The password to open {@code folder} with: null for a project that is not encrypted. */
    static String forOpening(Path folder) {
        return ProjectEncryption.isEncrypted(folder) ? current(folder) : null;
    }

    /** The current password of an encrypted project. */
    static String current(Path folder) {
        String given = environment.apply(PASSWORD);
        if (given != null && !given.isEmpty()) {
            return given;
        }
        char[] typed = ask("Password for " + folder.getFileName() + ": ", folder);
        return new String(typed);
    }

    /**
     * A new password: from {@code variable} in a script, else typed twice at the prompt (the two
     * must agree). {@code folder} names the project in the prompt.
     */
    static String newPassword(Path folder, String variable) {
        String given = environment.apply(variable);
        if (given != null && !given.isEmpty()) {
            return given;
        }
        char[] first = ask("New password for " + folder.getFileName() + ": ", folder);
        char[] second = ask("The new password again: ", folder);
        if (!Arrays.equals(first, second)) {
            throw new CliException("The two passwords differ; nothing was changed");
        }
        if (first.length == 0) {
            throw new CliException("The password is empty; nothing was changed");
        }
        return new String(first);
    }

    private static char[] ask(String prompt, Path folder) {
        char[] typed = terminal.apply(prompt);
        if (typed == null) {
            throw new CliException("Project " + folder.getFileName() + " needs a password: run the command in a terminal"
                    + " to be asked for it, or set " + PASSWORD + " in a script");
        }
        return typed;
    }
}
