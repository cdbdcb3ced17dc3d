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

    /**
     * A document added to the project, with what was detected, labels no participant matched, and
     * notes on what the reader could not read as it should (a malformed subtitle cue, by number).
     */
    public record Imported(long id, String name, String format, String encoding, String language, int turns,
                           int words, List<String> unmappedSpeakers, List<String> notes) {
        public Imported {
            unmappedSpeakers = List.copyOf(unmappedSpeakers);
            notes = List.copyOf(notes);
        }

        public Imported(long id, String name, String format, String encoding, String language, int turns, int words,
                        List<String> unmappedSpeakers) {
            this(id, name, format, encoding, language, turns, words, unmappedSpeakers, List.of());
        }
    }

    /** A file that was not imported, and why. */
    public record Refused(Path file, String reason) { }
}
