package org.verbatim.project;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did: the documents it added, the files it refused and why, what it skipped in
 * the folders it was given (links, devices, pipes) and why, and whether it was cancelled.
 */
public record ImportReport(List<Imported> imported, List<Refused> refused, List<Refused> skipped, boolean cancelled) {
    public ImportReport {
        imported = List.copyOf(imported);
        refused = List.copyOf(refused);
        skipped = List.copyOf(skipped);
    }

    public ImportReport(List<Imported> imported, List<Refused> refused, boolean cancelled) {
        this(imported, refused, List.of(), cancelled);
    }

    /** A document added to the project, with what was detected, and labels no participant matched. */
    public record Imported(long id, String name, String format, String encoding, String language, int turns,
                           int words, List<String> unmappedSpeakers) { }

    /** A file that was not imported, and why. */
    public record Refused(Path file, String reason) { }
}
