package org.verbatim.cli;

import java.util.concurrent.Callable;
import org.verbatim.project.Project;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "team", description = "Work with a team project's members.", subcommands = TeamCommand.Role.class)
final class TeamCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "role", description = {"Give a database user the lead role of a team project (they may change or"
            + " remove anyone's segments and memos), or make them a coder again (their own only).",
            "Only a lead may do this; the last lead cannot step down."})
    static final class Role extends ProjectCommand {
        @Option(names = "--user", paramLabel = "NAME", required = true, description = "The member's database user.")
        String user;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static final class Which {
            @Option(names = "--lead", required = true, description = "Make them a lead.")
            boolean lead;

            @Option(names = "--coder", required = true, description = "Make them a coder.")
            boolean coder;
        }

        @Override
        public Integer call() {
            try (Project p = project.open()) {
                out().println(p.setTeamRole(user, which.lead));
            }
            return 0;
        }
    }
}
