package org.verbatim;

import java.util.Arrays;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.ui.VerbatimApp;

/**
 * The entry point of {@code verbatim.jar}: no arguments, or {@code gui [PROJECT]}, start the
 * desktop application; anything else is a command-line command. A separate class from the
 * JavaFX application, because a main class extending Application fails on a plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            VerbatimApp.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(VerbatimCli.run(args));
        }
    }
}
