package org.verbatim.project;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: codes one passage, then dies at once, without
 * closing the project — what a crash or a killed process does right after the user saw "done".
 */
public final class CrashingCoder {
    private CrashingCoder() {
    }

    public static void main(String[] args) {
        Project project = Project.open(Path.of(args[0]));
        project.code(CodingRequest.quote(args[1], args[2], args[3], "crash-test"));
        System.out.println("coded");
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
