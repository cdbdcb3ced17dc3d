package org.verbatim.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.verbatim.project.Project;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --wait SECONDS}: how long a command waits for a project that another process has open,
 * so that scripts running commands side by side queue instead of failing.
 */
final class WaitOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "Wait up to SECONDS for a project another process has open (default: ${DEFAULT-VALUE}; 0: do not wait).")
    int seconds;

    Project open(Path folder) {
        if (seconds < 0) {
            throw new CliException("--wait takes a number of seconds, 0 or more (not " + seconds + ")");
        }
        return Project.open(folder, PasswordSource.forOpening(folder), Duration.ofSeconds(seconds), notice -> {
            mixee.commandLine().getErr().println(notice);
            mixee.commandLine().getErr().flush();
        });
    }
}
