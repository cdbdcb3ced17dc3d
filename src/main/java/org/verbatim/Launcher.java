package org.verbatim;

import java.util.Arrays;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.project.OwnerOnly;
import org.verbatim.cli.VersionText;
import org.verbatim.ui.StartupPreload;
import org.verbatim.ui.VerbatimApp;

/**
 * The entry point of {@code verbatim.jar} and of the installed {@code verbatim} command: no
 * arguments, or {@code gui [PROJECT]}, or a single {@code .qdpx}/project path from the file
 * manager, start the desktop application; anything else is a command-line command. A separate
 * class from the JavaFX application, because a main class extending Application fails on a
 * plain class path.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before logging or the command line are loaded: a version check should be instant.
            VersionText.print();
            return;
        }
        // Before the first log line: the log may name files and projects, so only the user reads it.
        OwnerOnly.userFolders();
        // Logging starts on two threads at once in the window (see StartupPreload); SLF4J's note that it
        // replayed the early calls is for developers, not for the terminal of someone opening a project.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        // java.util.logging (JavaFX's start-up warnings among it) goes to the log file like everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0 || args[0].equals("gui")) {
            StartupPreload.begin(args.length <= 1);
            VerbatimApp.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length == 1 && openedFromFileManager(args[0])) {
            StartupPreload.begin(false);
            VerbatimApp.launch(args);
        } else {
            System.exit(VerbatimCli.run(args));
        }
    }

    /** A file manager (or the desktop's file association) passes just the path of what was double-clicked. */
    static boolean openedFromFileManager(String arg) {
        String name = arg.endsWith("/") ? arg.substring(0, arg.length() - 1) : arg;
        return name.endsWith(".qdpx") || name.endsWith(".verbatim");
    }
}
