package org.verbatim.cli;

import org.verbatim.project.AboutVerbatim;
import picocli.CommandLine.IVersionProvider;

/** {@code verbatim --version}: the version, the Java runtime, and where the log and preferences are. */
public final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return AboutVerbatim.current().lines().toArray(String[]::new);
    }
}
