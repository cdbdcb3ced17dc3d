package org.verbatim.cli;

import java.nio.file.Path;
import org.verbatim.project.Project;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The project folder, first argument of every command. */
final class ProjectArg {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim).")
    Path folder;

    @Mixin
    WaitOption waiting;

    Project open() {
        return waiting.open(folder);
    }
}
