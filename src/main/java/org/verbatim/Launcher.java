package org.verbatim;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.verbatim.cli.VerbatimCli;
import org.verbatim.project.AboutVerbatim;
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
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            AboutVerbatim.current().lines().forEach(out::println);
            return;
        }
        // java.util.logging (JavaFX's start-up warnings among it) goes to the log file like everything else.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        if (args.length == 0 || args[0].equals("gui")) {
            VerbatimApp.launch(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length == 1 && openedFromFileManager(args[0])) {
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
