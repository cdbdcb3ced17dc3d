package org.verbatim;

import java.util.Arrays;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.project.OwnerOnly;
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
        // Before the first log line: the log may name files and projects, so only the user reads it.
        OwnerOnly.userFolders();
        // java.util.logging (JavaFX's start-up warnings among it) goes to the log file like everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0 || args[0].equals("gui")) {
            VerbatimApp.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(VerbatimCli.run(args));
        }
    }
}
