package org.verbatim.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Takes the code paths after {@code --codes A B C} up to the next option or the project folder,
 * so {@code verbatim frequencies --codes A B study.verbatim} finds its project instead of
 * reading it as one more code.
 */
final class CodePathsConsumer implements IParameterConsumer {
    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        List<String> values = argSpec.getValue();
        if (values == null) {
            values = new ArrayList<>();
            argSpec.setValue(values);
        }
        int taken = 0;
        while (!args.isEmpty() && !args.peek().startsWith("-") && !isProject(args.peek())) {
            values.add(args.pop());
            taken++;
        }
        if (taken == 0) {
            String option = ((OptionSpec) argSpec).longestName();
            throw new ParameterException(commandSpec.commandLine(),
                    option + " needs at least one code path, e.g. " + option + " \"Threats/China\"");
        }
    }

    private static boolean isProject(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg).resolve("project.mv.db"));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
