package org.verbatim.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.verbatim.store.ProjectStore;
import org.verbatim.transcript.ParsedTranscript;
import org.verbatim.transcript.ReadOptions;
import org.verbatim.transcript.TranscriptReaders;
import org.verbatim.transcript.TranscriptRefusedException;

/**
 * Reads the files an import would take, without storing anything, so the user sees what was
 * detected in each (format, encoding, language, turns) and which files would be refused, and why.
 */
final class ImportPreview {
    private ImportPreview() {
    }

    static List<FilePreview> of(ProjectStore store, List<Path> paths, Progress progress) {
        ImportFiles chosen = ImportFiles.of(paths);
        List<Path> files = chosen.files();
        List<FilePreview> out = new ArrayList<>();
        chosen.skipped().forEach(s -> out.add(refused(s.file(), s.reason())));
        for (int i = 0; i < files.size() && !progress.isCancelled(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), "Reading " + file.getFileName());
            out.add(preview(store, file));
        }
        progress.update(files.size(), files.size(), "Read " + out.size() + " files");
        return out;
    }

    private static FilePreview preview(ProjectStore store, Path file) {
        String name = file.getFileName().toString();
        try {
            ParsedTranscript parsed = TranscriptReaders.read(file, ReadOptions.DETECT);
            boolean taken = store.read(tx -> tx.documents().findByName(name).isPresent());
            return new FilePreview(file, parsed.format().name().toLowerCase(), parsed.encoding(), parsed.language(),
                    parsed.turns().size(), Importer.spokenWords(parsed),
                    taken ? "a document named " + name + " is already in the project" : null);
        } catch (TranscriptRefusedException e) {
            return refused(file, e.reason());
        } catch (IOException | UncheckedIOException e) {
            return refused(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static FilePreview refused(Path file, String reason) {
        return new FilePreview(file, "", "", "", 0, 0, reason);
    }
}
