package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The project folder of a command that also has subcommands ({@code codes}, {@code memos}). It
 * is optional for the parser, so that {@code verbatim codes add PROJECT PATH} reaches the
 * subcommand, which takes the folder as its own first argument; the listing itself needs it.
 */
final class OptionalProjectArg {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim).")
    Path folder;

    @Mixin
    WaitOption waiting;

    Project open(String command) {
        if (folder == null) {
            throw new CliException("Missing the project folder: verbatim " + command + " PROJECT");
        }
        return waiting.open(folder);
    }
}
