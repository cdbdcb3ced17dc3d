package org.verbatim.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * What {@code verbatim --version} and Help ▸ About say: the version, the Java runtime it runs
 * on (the bundled one in an installed copy), and where the log and the preferences are. Reads
 * nothing but a small resource and system properties, so {@code --version} stays instant.
 */
public record AboutVerbatim(String version, String javaVersion, String javaVendor, Path javaHome,
                            Path logFile, Path preferencesFile) {

    public static AboutVerbatim current() {
        return new AboutVerbatim(buildVersion(), System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vendor", "unknown vendor"), Path.of(System.getProperty("java.home")),
                VerbatimHome.logFile(), VerbatimHome.preferencesFile());
    }

    /** The version the build wrote into the jar, or "development build" when run from unpackaged classes without it. */
    static String buildVersion() {
        try (InputStream in = AboutVerbatim.class.getResourceAsStream("/org/verbatim/version.properties")) {
            if (in == null) {
                return "development build";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development build");
        } catch (IOException e) {
            return "development build";
        }
    }

    /** One fact per line, as printed by {@code --version} and shown in the About box. */
    public List<String> lines() {
        return List.of("Verbatim " + version,
                "Java " + javaVersion + " (" + javaVendor + ") in " + javaHome,
                "Log: " + logFile,
                "Preferences: " + preferencesFile);
    }
}
