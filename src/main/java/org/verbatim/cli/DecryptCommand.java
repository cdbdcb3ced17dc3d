package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.ProjectEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "decrypt", description = "Remove a project's encryption: afterwards it opens without a password and its"
        + " files are in clear. The current password is asked (or taken from VERBATIM_PASSWORD).")
final class DecryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim); it must not be open.")
    Path folder;

    @Override
    public Integer call() {
        if (!ProjectEncryption.isEncrypted(folder)) {
            throw new CliException("Project " + folder.getFileName() + " is not encrypted");
        }
        ProjectEncryption.decrypt(folder, PasswordSource.current(folder), new PrintedProgress(spec.commandLine().getErr()));
        spec.commandLine().getOut().println("Decrypted " + folder.getFileName() + ": it opens without a password");
        return 0;
    }
}
