package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.ProjectEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "encrypt", description = "Encrypt a project with a password: its database, the copies of the originals"
        + " and the search index. The password is asked twice (or taken from VERBATIM_PASSWORD). Without the password"
        + " nothing can be recovered: keep it safe.")
final class EncryptCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim); it must not be open.")
    Path folder;

    @Override
    public Integer call() {
        String password = PasswordSource.newPassword(folder, PasswordSource.PASSWORD);
        ProjectEncryption.encrypt(folder, password, new PrintedProgress(spec.commandLine().getErr()));
        spec.commandLine().getOut().println("Encrypted " + folder.getFileName()
                + ": every command now asks for its password (or reads VERBATIM_PASSWORD)");
        return 0;
    }
}
