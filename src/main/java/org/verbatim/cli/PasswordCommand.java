package org.verbatim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.verbatim.project.ProjectEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "password", description = "Change an encrypted project's password: the current one is asked, then the"
        + " new one twice (in a script: VERBATIM_PASSWORD and VERBATIM_NEW_PASSWORD). The old password no longer opens it.")
final class PasswordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project folder (NAME.verbatim); it must not be open.")
    Path folder;

    @Override
    public Integer call() {
        if (!ProjectEncryption.isEncrypted(folder)) {
            throw new CliException("Project " + folder.getFileName() + " is not encrypted; encrypt it with: verbatim encrypt "
                    + folder);
        }
        String current = PasswordSource.current(folder);
        String next = PasswordSource.newPassword(folder, PasswordSource.NEW_PASSWORD);
        ProjectEncryption.changePassword(folder, current, next, new PrintedProgress(spec.commandLine().getErr()));
        spec.commandLine().getOut().println("Changed the password of " + folder.getFileName());
        return 0;
    }
}
