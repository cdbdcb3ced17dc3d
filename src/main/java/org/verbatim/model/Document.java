package org.verbatim.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An imported transcript. Its {@code text} is normalised once at import and never changes,
 * so every offset into it (turns, segments) stays valid for the life of the project.
 */
public record Document(
        long id,
        String name,
        String format,
        String language,
        String encoding,
        String sourceFile,
        String sourceSha256,
        Instant importedAt,
        String text) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
