package org.verbatim.project;

import java.nio.file.Path;

/**
 * One file as an import would see it: what was detected in it, or why it would be refused
 * ({@code refusal} is null when it would be imported).
 */
public record FilePreview(Path file, String format, String encoding, String language, int turns, int words,
                          String refusal) {
    public boolean accepted() {
        return refusal == null;
    }
}
