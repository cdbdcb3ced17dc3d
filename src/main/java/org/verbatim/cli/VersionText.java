package org.verbatim.cli;

import org.verbatim.project.AboutVerbatim;
import picocli.CommandLine.IVersionProvider;

/** {@code verbatim --version}: the version, the Java runtime, and where the log and preferences are. */
public final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return AboutVerbatim.current().lines().toArray(String[]::new);
    }

    /** Prints the version on standard output without setting up the command line or logging, for an instant answer. */
    public static void print() {
        java.io.PrintStream out = new java.io.PrintStream(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        AboutVerbatim.current().lines().forEach(out::println);
    }
}
